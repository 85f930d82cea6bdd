package vn.khaosat.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Keycloak, the suite's reference identity provider, from its distribution unpacked in {@code home}
 * ({@code org.keycloak:keycloak-quarkus-dist}), in development mode on {@code port}, with the
 * realms of {@code realmFiles} imported. It needs Java 21 or later: {@code KEYCLOAK_JAVA_HOME}, or
 * the Temurin 25 JDK these machines have. For development and tests only (an embedded H2 database,
 * a bootstrap admin); a real deployment runs Keycloak's own image (deploy/kubernetes).
 */
public final class KeycloakServer implements AutoCloseable {

  public static final String VERSION = "26.5.6";
  public static final String REALM = "khaosat";
  public static final String ADMIN = "admin";
  public static final String DEFAULT_JAVA_HOME = "/usr/lib/jvm/temurin-25-jdk-amd64";

  private final Process process;
  private final int port;
  private final String adminPassword;
  private final Duration startTime;

  private KeycloakServer(Process process, int port, String adminPassword, Duration startTime) {
    this.process = process;
    this.port = port;
    this.adminPassword = adminPassword;
    this.startTime = startTime;
  }

  /**
   * Starts Keycloak and waits until the last of {@code realmFiles}' realms answers its discovery
   * document. With {@code fresh}, the data of an earlier run are deleted first, so every realm is
   * imported anew; otherwise a realm already there is kept as it is.
   */
  public static KeycloakServer start(
      Path home,
      int port,
      int managementPort,
      List<Path> realmFiles,
      boolean fresh,
      String adminPassword,
      Path log)
      throws IOException, InterruptedException {
    Path kc = home.resolve("bin/kc.sh");
    if (!Files.isRegularFile(kc)) {
      throw new IllegalStateException(
          kc + " is missing: the Keycloak distribution is not unpacked");
    }
    if (fresh) {
      deleteTree(home.resolve("data"));
    }
    Path imports = Files.createDirectories(home.resolve("data/import"));
    for (Path realm : realmFiles) {
      Files.copy(realm, imports.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
    ProcessBuilder builder =
        new ProcessBuilder(
                "bash",
                kc.toString(),
                "start-dev",
                "--http-port=" + port,
                "--http-management-port=" + managementPort,
                "--import-realm")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("JAVA_HOME", javaHome());
    env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
    env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
    long started = System.nanoTime();
    Process process = builder.start();
    String lastRealm = realmName(realmFiles.get(realmFiles.size() - 1));
    awaitDiscovery(process, "http://localhost:" + port + "/realms/" + lastRealm, log);
    return new KeycloakServer(
        process, port, adminPassword, Duration.ofNanos(System.nanoTime() - started));
  }

  private static String javaHome() {
    String configured = System.getenv("KEYCLOAK_JAVA_HOME");
    return configured == null || configured.isBlank() ? DEFAULT_JAVA_HOME : configured;
  }

  /** A realm file's name is its realm's, before {@code -realm.json}. */
  private static String realmName(Path file) {
    return file.getFileName().toString().replace("-realm.json", "");
  }

  private static void awaitDiscovery(Process process, String issuer, Path log)
      throws InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest discovery =
        HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
            .timeout(Duration.ofSeconds(2))
            .build();
    long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Keycloak stopped; see " + log);
      }
      try {
        if (client.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(250);
    }
    process.destroyForcibly();
    throw new IllegalStateException("Keycloak not ready in 4 minutes; see " + log);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  public String url() {
    return "http://localhost:" + port;
  }

  /** The {@code iss} of the realm's tokens. */
  public String issuer(String realm) {
    return url() + "/realms/" + realm;
  }

  /** The realm's JSON Web Key Set, where services take its public keys from. */
  public String jwks(String realm) {
    return issuer(realm) + "/protocol/openid-connect/certs";
  }

  public String tokenEndpoint(String realm) {
    return issuer(realm) + "/protocol/openid-connect/token";
  }

  public String adminPassword() {
    return adminPassword;
  }

  /** From starting the process to the realm's discovery document answering. */
  public Duration startTime() {
    return startTime;
  }

  @Override
  public void close() throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor();
    }
  }
}
