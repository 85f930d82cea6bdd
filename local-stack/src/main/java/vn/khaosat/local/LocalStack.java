package vn.khaosat.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the suite on a developer's machine with nothing but a JDK: an embedded PostgreSQL whose data
 * stay under {@code .local/pgdata} between runs, and each service as its real jar. Prints the
 * Swagger UI address and a development token, and stops everything on Ctrl-C. Development keys
 * (dev/keys) are used here and in tests only. {@code --demo} loads demo data from the seed report.
 * {@code --keycloak} starts Keycloak with the dev realm (dev/keycloak) and points every service and
 * the gateway at it instead of the development key.
 */
public final class LocalStack {

  /** Data and logs; bench/compare.sh keeps its own ({@code -Dkhaosat.local.home}). */
  static final Path HOME = Path.of(System.getProperty("khaosat.local.home", ".local"));

  static final int POSTGRES_PORT = Integer.getInteger("khaosat.pg.port", 55432);
  static final int PORT_BASE = Integer.getInteger("khaosat.port.base", 8080);

  /** How long a service may take to be ready; longer on a loaded machine (bench/compare.sh). */
  static final Duration READY_TIMEOUT =
      Duration.ofSeconds(Long.getLong("khaosat.ready.seconds", 120));

  static final int KEYCLOAK_PORT = Integer.getInteger("khaosat.keycloak.port", PORT_BASE + 100);
  static final Path KEYCLOAK_HOME =
      Path.of("local-stack", "target", "keycloak", "keycloak-" + KeycloakServer.VERSION);

  private LocalStack() {}

  public static void main(String[] args) throws Exception {
    Files.createDirectories(HOME.resolve("logs"));
    List<AutoCloseable> running = new ArrayList<>();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("\nStopping the local stack…");
                  for (int i = running.size() - 1; i >= 0; i--) {
                    try {
                      running.get(i).close();
                    } catch (Exception e) {
                      System.err.println("While stopping: " + e.getMessage());
                    }
                  }
                  stopped.countDown();
                }));

    boolean withKeycloak = List.of(args).contains("--keycloak");
    Map<String, String> identity =
        Map.of(
            "JWT_PUBLIC_KEY_LOCATION",
            DevTokens.PUBLIC_KEY.toAbsolutePath().toString(),
            "JWT_ISSUER",
            DevTokens.ISSUER);
    KeycloakServer keycloak = null;
    if (withKeycloak) {
      System.out.println("Starting Keycloak (the first start takes a minute)…");
      keycloak =
          KeycloakServer.start(
              KEYCLOAK_HOME,
              KEYCLOAK_PORT,
              KEYCLOAK_PORT + 1000,
              List.of(Path.of("dev", "keycloak", "khaosat-realm.json")),
              false,
              "admin",
              HOME.resolve("logs").resolve("keycloak.log"));
      running.add(keycloak);
      System.out.printf("  %-20s ready on %s%n", "keycloak", keycloak.url());
      identity =
          Map.of(
              "JWT_PUBLIC_KEY_LOCATION",
              keycloak.jwks(KeycloakServer.REALM),
              "JWT_ISSUER",
              keycloak.issuer(KeycloakServer.REALM),
              // the gateway's Swagger UI logs in through it (the services ignore it)
              "OIDC_DISCOVERY_DOCUMENT",
              keycloak.issuer(KeycloakServer.REALM) + "/.well-known/openid-configuration");
    }
    LocalDatabase database = LocalDatabase.start(HOME.resolve("pgdata"), POSTGRES_PORT);
    running.add(database);
    for (ServiceSpec spec : ServiceSpec.all(PORT_BASE)) {
      String jdbcUrl = null;
      if (spec.database() != null) {
        database.ensureDatabase(spec.database());
        jdbcUrl = database.jdbcUrl(spec.database());
      }
      ServiceProcess service = ServiceProcess.start(spec, jdbcUrl, identity);
      running.add(service);
      service.awaitReady(READY_TIMEOUT);
      System.out.printf("  %-20s ready on http://localhost:%d%n", spec.name(), spec.port());
    }
    String token =
        keycloak == null
            ? DevTokens.mint("admin", List.of("admin"), List.of(), Duration.ofHours(12))
            : KeycloakLogin.password(keycloak, "admin", "admin");
    if (List.of(args).contains("--demo")) {
      new DemoData("http://localhost:" + PORT_BASE, token).load();
    }
    System.out.println();
    System.out.println(
        "Swagger UI:  http://localhost:"
            + PORT_BASE
            + "/q/swagger-ui  (the gateway: every service, one origin)");
    System.out.println("API:         http://localhost:" + PORT_BASE + "/api/…");
    System.out.println(
        "PostgreSQL:  "
            + database.jdbcUrl("<service database>")
            + " (user postgres), data in "
            + HOME.resolve("pgdata"));
    System.out.println("Logs:        " + HOME.resolve("logs"));
    if (keycloak == null) {
      System.out.println(
          "Development token (admin, 12 hours; paste after 'Bearer ' in Authorize):");
      System.out.println(token);
    } else {
      System.out.println(
          "Keycloak:    "
              + keycloak.url()
              + "/admin (admin / admin), realm "
              + KeycloakServer.REALM
              + ": users viewer, statistician, organizer, inspector, secretary, admin (password"
              + " = user name)");
      System.out.println(
          "A token:     curl -d grant_type=password -d client_id=khaosat-dev-cli -d username=admin"
              + " -d password=admin "
              + keycloak.tokenEndpoint(KeycloakServer.REALM));
      System.out.println(
          "Swagger UI:  Authorize, then log in through Keycloak (client khaosat-swagger-ui)");
    }
    System.out.println("\nCtrl-C stops everything.");
    stopped.await();
  }
}
