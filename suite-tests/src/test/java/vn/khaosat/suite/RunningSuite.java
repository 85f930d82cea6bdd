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
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
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
  private final Map<String, Map<String, String>> environments = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> databases = new LinkedHashMap<>();
  private final Identity identity;
  private final String databasePrefix;

  /**
   * Where the services take the keys of tokens from, the issuer they expect, and the provider's
   * discovery document for Swagger UI's login (null: none).
   */
  record Identity(String publicKeyLocation, String issuer, String discovery) {}

  private RunningSuite(Identity identity, String databasePrefix) {
    this.identity = identity;
    this.databasePrefix = databasePrefix;
  }

  /**
   * Starts indicators-service, cadre-service, survey-service and the gateway, each once the ones it
   * calls are ready, with a generated key pair whose tokens this JVM signs ({@code TestTokens}).
   */
  static RunningSuite start() throws Exception {
    Map<String, String> keys = new JwtKeysTestResource().start();
    // tokens are signed in this JVM with the generated private key
    keys.forEach(System::setProperty);
    return start(
        new Identity(
            keys.get("mp.jwt.verify.publickey.location"), JwtKeysTestResource.ISSUER, null),
        1,
        1,
        "");
  }

  /**
   * Starts the suite with {@code indicators} instances of indicators-service and {@code cadre} of
   * cadre-service behind the gateway (the second is named {@code indicators-service#2}, and so on),
   * each service's instances sharing its database, named {@code databasePrefix} + its usual name.
   * The other services call the first instance of each.
   */
  static RunningSuite start(Identity identity, int indicators, int cadre, String databasePrefix)
      throws Exception {
    Files.createDirectories(LOGS);
    RunningSuite suite = new RunningSuite(identity, databasePrefix);
    List<String> indicatorsInstances = instances("indicators-service", indicators);
    List<String> cadreInstances = instances("cadre-service", cadre);
    Stream.of(indicatorsInstances, cadreInstances, List.of("survey-service", "gateway"))
        .flatMap(List::stream)
        .forEach(name -> suite.ports.put(name, freePortUnchecked()));
    try {
      suite.launchAll(indicatorsInstances, cadreInstances);
    } catch (Exception | Error e) {
      // a service that exits or never gets ready must not leave the ones started before it behind
      suite.close();
      throw e;
    }
    return suite;
  }

  private void launchAll(List<String> indicatorsInstances, List<String> cadreInstances)
      throws Exception {
    Map<String, String> indicatorsDb = database("indicators");
    for (String instance : indicatorsInstances) {
      launch(instance, indicatorsDb);
    }
    Map<String, String> cadreDb = database("cadre");
    for (String instance : cadreInstances) {
      launch(instance, with(cadreDb, Map.of("INDICATORS_URL", url(indicatorsInstances.get(0)))));
    }
    launch(
        "survey-service",
        with(
            database("survey"),
            Map.of(
                "INDICATORS_URL", url(indicatorsInstances.get(0)),
                "CADRE_URL", url(cadreInstances.get(0)))));
    Map<String, String> gateway = new LinkedHashMap<>();
    gateway.put("INDICATORS_ADDRESSES", addresses(indicatorsInstances));
    gateway.put("CADRE_ADDRESSES", addresses(cadreInstances));
    gateway.put("SURVEY_ADDRESSES", "localhost:" + ports.get("survey-service"));
    gateway.put("RATE_LIMIT_BURST", "100000");
    if (identity.discovery() != null) {
      gateway.put("OIDC_DISCOVERY_DOCUMENT", identity.discovery());
    }
    launch("gateway", gateway);
  }

  private static List<String> instances(String service, int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(i -> i == 1 ? service : service + "#" + i)
        .toList();
  }

  private static Map<String, String> with(Map<String, String> a, Map<String, String> b) {
    Map<String, String> both = new LinkedHashMap<>(a);
    both.putAll(b);
    return both;
  }

  private String addresses(List<String> instances) {
    return String.join(
        ",", instances.stream().map(instance -> "localhost:" + ports.get(instance)).toList());
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

  /** Stops one service (or instance), as a crash would: SIGKILL. */
  void stop(String service) throws InterruptedException {
    Process process = processes.remove(service);
    process.destroyForcibly();
    process.waitFor();
  }

  /**
   * Starts stopped instances again, each on its port and with its environment, all at once, and
   * returns once every one is ready.
   */
  void restart(String... instances) throws Exception {
    for (String instance : instances) {
      spawn(instance, environments.get(instance));
    }
    for (String instance : instances) {
      awaitReady(instance);
    }
  }

  private Map<String, String> database(String service) {
    String name = databasePrefix + service;
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

  private void launch(String instance, Map<String, String> environment) throws Exception {
    spawn(instance, environment);
    awaitReady(instance);
  }

  private void spawn(String instance, Map<String, String> environment) throws Exception {
    // a restarted instance's log goes on where the killed one's stopped
    boolean again = environments.put(instance, environment) != null;
    String service = instance.replaceAll("#.*", "");
    Path jar = ROOT.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar + " is missing: build the services first (mvn verify)");
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder =
        new ProcessBuilder(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString())
            .redirectErrorStream(true)
            .redirectOutput(
                again
                    ? ProcessBuilder.Redirect.appendTo(log(instance).toFile())
                    : ProcessBuilder.Redirect.to(log(instance).toFile()));
    Map<String, String> env = builder.environment();
    env.put("PORT", String.valueOf(ports.get(instance)));
    env.put("JWT_PUBLIC_KEY_LOCATION", identity.publicKeyLocation());
    env.put("JWT_ISSUER", identity.issuer());
    env.putAll(environment);
    processes.put(instance, builder.start());
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
        throw new IllegalStateException(service + " exited; see " + log(service));
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

  private Path log(String instance) {
    return LOGS.resolve(databasePrefix + instance.replace('#', '-') + ".log");
  }

  private static int freePortUnchecked() {
    try {
      return freePort();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
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
