package vn.khaosat.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import vn.khaosat.testing.jwt.JwtKeysTestResource;
import vn.khaosat.testing.jwt.TestTokens;
import vn.khaosat.testing.postgres.PostgresTestResource;

/**
 * The images run, with nothing but what they hold: the JRE of their base, its libraries, the user
 * 185, and the application. indicators-service's image migrates a fresh database and answers a
 * Vietnamese unit name to a verified token; the gateway's answers a problem to a request without
 * one. Every image shares the same base and layout, which {@link ImagesTest} checks for each.
 */
class ImagesRunTest {

  private static final Path LOGS = RunningSuite.ROOT.resolve("suite-tests/target/e2e-logs");
  private static Path publicKey;

  @BeforeAll
  static void keys() throws Exception {
    Map<String, String> keys = new JwtKeysTestResource().start();
    keys.forEach(System::setProperty);
    publicKey = Path.of(keys.get("mp.jwt.verify.publickey.location"));
    Files.createDirectories(LOGS);
  }

  @Test
  void indicatorsServicesImageMigratesItsDatabaseAndAnswersAVerifiedRead() throws Exception {
    var database = new PostgresTestResource();
    database.init(Map.of("database", "image_indicators"));
    Map<String, String> db = database.start();
    int port = RunningSuite.freePort();
    try (ImageRun image =
        ImageRun.start(
            image("indicators-service"),
            Map.of(
                "PORT", String.valueOf(port),
                "DB_URL", db.get("quarkus.datasource.jdbc.url"),
                "DB_USER", db.get("quarkus.datasource.username"),
                "DB_PASSWORD", db.get("quarkus.datasource.password"),
                "JWT_PUBLIC_KEY_LOCATION", "/etc/khaosat/public.pem",
                "JWT_ISSUER", JwtKeysTestResource.ISSUER),
            Map.of(publicKey, "/etc/khaosat/public.pem"),
            LOGS.resolve("image-indicators-service.log"))) {
      awaitReady(image, port);
      assertEquals(0, image.exec(healthcheck("indicators-service", port)), "the healthcheck");
      HttpResponse<String> unit =
          get(port, "/api/units/665", TestTokens.bearer("image-test", Set.of("viewer")));
      assertEquals(200, unit.statusCode(), unit.body());
      assertTrue(unit.body().contains("Huyện Đắk Song"), unit.body());
    }
  }

  @Test
  void theGatewaysImageAnswersAProblemToARequestWithoutAToken() throws Exception {
    int port = RunningSuite.freePort();
    try (ImageRun image =
        ImageRun.start(
            image("gateway"),
            Map.of(
                "PORT",
                String.valueOf(port),
                "INDICATORS_ADDRESSES",
                "localhost:" + RunningSuite.freePort(),
                "CADRE_ADDRESSES",
                "localhost:" + RunningSuite.freePort(),
                "SURVEY_ADDRESSES",
                "localhost:" + RunningSuite.freePort(),
                "JWT_PUBLIC_KEY_LOCATION",
                "/etc/khaosat/public.pem",
                "JWT_ISSUER",
                JwtKeysTestResource.ISSUER),
            Map.of(publicKey, "/etc/khaosat/public.pem"),
            LOGS.resolve("image-gateway.log"))) {
      awaitLive(image, port);
      HttpResponse<String> answer = get(port, "/api/units/665", null);
      assertEquals(401, answer.statusCode(), answer.body());
      assertEquals(
          "application/problem+json",
          answer.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
    }
  }

  /** The service's healthcheck in docker-compose.yml, for the application on {@code port}. */
  @SuppressWarnings("unchecked")
  private static List<String> healthcheck(String service, int port) throws Exception {
    Map<String, Object> compose =
        new Yaml().load(Files.readString(RunningSuite.ROOT.resolve("docker-compose.yml")));
    Map<String, Object> services = (Map<String, Object>) compose.get("services");
    Map<String, Object> health =
        (Map<String, Object>) ((Map<String, Object>) services.get(service)).get("healthcheck");
    List<String> test = (List<String>) health.get("test");
    assertEquals("CMD", test.get(0), "a command the image runs without a shell");
    return test.subList(1, test.size()).stream()
        .map(part -> part.replaceAll("localhost:\\d+", "localhost:" + port))
        .toList();
  }

  private static Path image(String service) {
    return RunningSuite.ROOT.resolve(service).resolve("target/jib-image.tar");
  }

  private static void awaitReady(ImageRun image, int port) throws Exception {
    await(image, port, "/q/health/ready");
  }

  private static void awaitLive(ImageRun image, int port) throws Exception {
    await(image, port, "/q/health/live");
  }

  private static void await(ImageRun image, int port, String path) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      assertTrue(image.isAlive(), "the image's process exited: see " + LOGS);
      try {
        if (get(port, path, null).statusCode() == 200) {
          return;
        }
      } catch (java.io.IOException notYet) {
        // still starting
      }
      Thread.sleep(250);
    }
    throw new AssertionError("not ready in 120 s: see " + LOGS);
  }

  private static HttpResponse<String> get(int port, String path, String authorization)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(5));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
