package vn.khaosat.suite;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.khaosat.testing.jwt.JwtKeysTestResource;
import vn.khaosat.testing.postgres.PostgresTestResource;

/**
 * The suite as it runs for real: a PostgreSQL (embedded unless a JDBC URL is given, as in every
 * test), a generated key pair, and each service and the gateway as its built jar on a free port.
 */
final class RunningSuite implements AutoCloseable {

  static final Path ROOT = Path.of(System.getProperty("basedir", ".")).getParent();
  private static final Path LOGS = ROOT.resolve("suite-tests/target/e2e-logs");

  private final Map<String, Process> processes = new LinkedHashMap<>();
  private final Map<String, Integer> ports = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> databases = new LinkedHashMap<>();
  private final Map<String, String> keys;

  private RunningSuite(Map<String, String> keys) {
    this.keys = keys;
  }

  /**
   * Starts indicators-service, cadre-service, survey-service and the gateway, each once the ones it
   * calls are ready.
   */
  static RunningSuite start() throws Exception {
    Files.createDirectories(LOGS);
    Map<String, String> keys = new JwtKeysTestResource().start();
    // tokens are signed in this JVM with the generated private key
    keys.forEach(System::setProperty);
    RunningSuite suite = new RunningSuite(keys);
    suite.ports.put("indicators-service", freePort());
    suite.ports.put("cadre-service", freePort());
    suite.ports.put("survey-service", freePort());
    suite.ports.put("gateway", freePort());
    suite.launch("indicators-service", suite.database("indicators"), Map.of());
    suite.launch(
        "cadre-service",
        suite.database("cadre"),
        Map.of("INDICATORS_URL", suite.url("indicators-service")));
    suite.launch(
        "survey-service",
        suite.database("survey"),
        Map.of(
            "INDICATORS_URL", suite.url("indicators-service"),
            "CADRE_URL", suite.url("cadre-service")));
    suite.launch(
        "gateway",
        Map.of(),
        Map.of(
            "INDICATORS_ADDRESSES", "localhost:" + suite.ports.get("indicators-service"),
            "CADRE_ADDRESSES", "localhost:" + suite.ports.get("cadre-service"),
            "SURVEY_ADDRESSES", "localhost:" + suite.ports.get("survey-service"),
            "RATE_LIMIT_BURST", "100000"));
    return suite;
  }

  String url(String service) {
    return "http://localhost:" + ports.get(service);
  }

  /** The process id of each service and the gateway running. */
  Map<String, Long> pids() {
    Map<String, Long> pids = new LinkedHashMap<>();
    processes.forEach((service, process) -> pids.put(service, process.pid()));
    return pids;
  }

  /** Stops one service, as a crash would. */
  void stop(String service) throws InterruptedException {
    Process process = processes.remove(service);
    process.destroyForcibly();
    process.waitFor();
  }

  private Map<String, String> database(String name) {
    var resource = new PostgresTestResource();
    resource.init(Map.of("database", name));
    Map<String, String> config = resource.start();
    Map<String, String> db =
        Map.of(
            "DB_URL", config.get("quarkus.datasource.jdbc.url"),
            "DB_USER", config.get("quarkus.datasource.username"),
            "DB_PASSWORD", config.get("quarkus.datasource.password"));
    databases.put(name, db);
    return db;
  }

  /** The JDBC URL, user and password of each service's database, by database name. */
  Map<String, Map<String, String>> databases() {
    return databases;
  }

  private void launch(String service, Map<String, String> db, Map<String, String> extra)
      throws Exception {
    Path jar = ROOT.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar + " is missing: build the services first (mvn verify)");
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder =
        new ProcessBuilder(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString())
            .redirectErrorStream(true)
            .redirectOutput(LOGS.resolve(service + ".log").toFile());
    Map<String, String> env = builder.environment();
    env.put("PORT", String.valueOf(ports.get(service)));
    env.put("JWT_PUBLIC_KEY_LOCATION", keys.get("mp.jwt.verify.publickey.location"));
    env.put("JWT_ISSUER", JwtKeysTestResource.ISSUER);
    env.putAll(db);
    env.putAll(extra);
    processes.put(service, builder.start());
    awaitReady(service);
  }

  private void awaitReady(String service) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create(url(service) + "/q/health/ready"))
            .timeout(Duration.ofSeconds(2))
            .build();
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      if (!processes.get(service).isAlive()) {
        throw new IllegalStateException(service + " exited; see " + LOGS.resolve(service + ".log"));
      }
      try {
        if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(service + " not ready in 120 s");
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() {
    processes.values().forEach(Process::destroy);
    for (Process process : processes.values()) {
      try {
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    new PostgresTestResource().stop();
  }
}
