package vn.khaosat.suite;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.khaosat.local.KeycloakServer;

/**
 * The suite as a province runs it: Keycloak 26 (the dev realm of {@code dev/keycloak}, and a second
 * realm) issues the tokens, two instances each of indicators-service and cadre-service stand behind
 * the gateway. Tokens of a user and of a service account write and read every service; an expired
 * token and one of another realm are refused, so is a unit-scoped user outside its units; one
 * instance of each service is killed under load and started again; the realm's signing key is
 * rotated with nothing restarted. Keycloak's start time and the load's counts go to the output and
 * to {@code target/keycloak-suite.txt}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakSuiteTest {

  private static final Path REPORT =
      RunningSuite.ROOT.resolve("suite-tests/target/keycloak-suite.txt");
  private static final String DEV_CLIENT = "khaosat-dev-cli";

  private static KeycloakServer keycloak;
  private static KeycloakRealm realm;
  private static RunningSuite suite;
  private static final KeyPair OWN_KEY = KeycloakRealm.rsaKeyPair();
  private static String ownKid;
  private static final List<String> report = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    Path home = Path.of(System.getProperty("khaosat.keycloak.home"));
    Files.createDirectories(RunningSuite.ROOT.resolve("suite-tests/target/e2e-logs"));
    keycloak =
        KeycloakServer.start(
            home,
            RunningSuite.freePort(),
            RunningSuite.freePort(),
            List.of(
                RunningSuite.ROOT.resolve("dev/keycloak/khaosat-realm.json"),
                RunningSuite.ROOT.resolve(
                    "suite-tests/src/test/resources/keycloak/elsewhere-realm.json")),
            true,
            "test-admin-" + System.nanoTime(),
            RunningSuite.ROOT.resolve("suite-tests/target/e2e-logs/keycloak.log"));
    note(
        "Keycloak 26.5.6 started (development mode, realms imported) in %.1f s",
        keycloak.startTime().toMillis() / 1000.0);
    realm = new KeycloakRealm(keycloak, KeycloakServer.REALM);
    // published before any service reads the key set: it signs the expired token below
    ownKid = realm.importKey("test-own-key", OWN_KEY);
    suite =
        RunningSuite.start(
            new RunningSuite.Identity(
                keycloak.jwks(KeycloakServer.REALM),
                realm.issuer(),
                realm.issuer() + "/.well-known/openid-configuration"),
            2,
            2,
            "kc_");
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (suite != null) {
        suite.close();
      }
    } finally {
      if (keycloak != null) {
        keycloak.close();
      }
      Files.write(REPORT, report);
    }
  }

  private static void note(String format, Object... args) {
    String line = String.format(format, args);
    System.out.println("[keycloak-suite] " + line);
    report.add(line);
  }

  private static String user(String name) {
    return realm.password(DEV_CLIENT, name, name);
  }

  private static RequestSpecification gateway(String token) {
    return given()
        .baseUri(suite.url("gateway"))
        .header("Authorization", "Bearer " + token)
        .contentType("application/json");
  }

  @Test
  @Order(1)
  void aUserAndAServiceAccountWriteAndReadEveryServiceThroughTheGateway() {
    String admin = user("admin");
    gateway(admin)
        .body(
            Map.of(
                "code", "KC_INCOME",
                "name", "Thu nhập bình quân đầu người",
                "unitOfMeasure", "triệu đồng",
                "direction", "HIGHER_IS_BETTER",
                "priceBasis", "CURRENT",
                "decimals", 1))
        .post("/api/indicators")
        .then()
        .statusCode(201);
    gateway(admin)
        .get("/api/indicators/KC_INCOME")
        .then()
        .statusCode(200)
        .body("code", is("KC_INCOME"));

    // the provincial system: a statistician of Đắk Nông (67) by client credentials, writing a
    // figure of Đắk Song (665), a district of the province
    String system =
        realm.clientCredentials("provincial-system", "dev-only-provincial-system-secret");
    gateway(system)
        .body(Map.of("value", 41.5, "source", "Hệ thống thống kê tỉnh"))
        .put("/api/observations/KC_INCOME/665/2019/OFFICIAL")
        .then()
        .statusCode(201);
    gateway(system)
        .get("/api/observations/KC_INCOME/665/2019/OFFICIAL")
        .then()
        .statusCode(200)
        .body("value", is(41.5f));

    // an organizer of Đắk Song writes a cadre there and sees its personal fields
    String organizer = user("organizer");
    long cadre =
        gateway(organizer)
            .body(
                Map.of(
                    "fullName", "Lê Văn Khóa",
                    "gender", "MALE",
                    "dateOfBirth", "1972-05",
                    "ethnicity", "Kinh",
                    "unitCode", "665"))
            .post("/api/cadres")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    gateway(organizer)
        .get("/api/cadres/" + cadre)
        .then()
        .statusCode(200)
        .body("personal", notNullValue());

    String secretary = user("secretary");
    long session =
        gateway(secretary)
            .body(SurveyStory.sessionBody())
            .post("/api/surveys")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    gateway(user("viewer"))
        .get("/api/surveys/" + session)
        .then()
        .statusCode(200)
        .body("hostUnitCode", is("665"));
  }

  @Test
  @Order(2)
  void swaggerUiLogsInThroughKeycloakWithPkce() throws Exception {
    String discovery =
        given()
            .baseUri(suite.url("gateway"))
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .path("components.securitySchemes.oidc.openIdConnectUrl");
    assertEquals(realm.issuer() + "/.well-known/openid-configuration", discovery);
    String page = given().baseUri(suite.url("gateway")).get("/q/swagger-ui/").asString();
    assertTrue(page.contains("khaosat-swagger-ui"), "Swagger UI's client id");
    assertTrue(page.contains("usePkceWithAuthorizationCodeGrant"), "PKCE");
    // what Swagger UI does in the browser: the code flow with PKCE for its public client
    String token =
        new BrowserLogin(discovery).login("khaosat-swagger-ui", "statistician", "statistician");
    gateway(token).get("/api/units/665").then().statusCode(200);
  }

  @Test
  @Order(3)
  void aUnitScopedUserIsRefusedOutsideItsUnits() {
    // the organizer of Đắk Song (665) writing a cadre of Krông Nô (664)
    gateway(user("organizer"))
        .body(
            Map.of(
                "fullName", "Trần Thị Ngoài",
                "gender", "FEMALE",
                "dateOfBirth", "1980-02",
                "ethnicity", "Kinh",
                "unitCode", "664"))
        .post("/api/cadres")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    // and the statistician of Đắk Song a figure of Krông Nô
    gateway(user("statistician"))
        .body(Map.of("value", 1.5))
        .put("/api/observations/KC_INCOME/664/2019/OFFICIAL")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  @Order(4)
  void anExpiredTokenOfTheRealmIsRefusedWhereAFreshOneOfTheSameKeyIsTaken() {
    String fresh = ownToken(Instant.now().minusSeconds(10), Instant.now().plusSeconds(300));
    String expired = ownToken(Instant.now().minusSeconds(900), Instant.now().minusSeconds(300));
    gateway(fresh).get("/api/units/665").then().statusCode(200);
    gateway(expired)
        .get("/api/units/665")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    // the services check it too, should anything reach them past the gateway
    given()
        .baseUri(suite.url("indicators-service"))
        .header("Authorization", "Bearer " + expired)
        .get("/api/units/665")
        .then()
        .statusCode(401);
  }

  /** A token signed with the test's own key, published in the realm's key set. */
  private static String ownToken(Instant issuedAt, Instant expiresAt) {
    return Jwt.issuer(realm.issuer())
        .upn("admin")
        .groups(Set.of("admin"))
        .issuedAt(issuedAt)
        .expiresAt(expiresAt)
        .jws()
        .keyId(ownKid)
        .sign(OWN_KEY.getPrivate());
  }

  @Test
  @Order(5)
  void killingAnInstanceOfEachServiceUnderLoadCostsNoReadAndAtMostTheWriteInFlight()
      throws Exception {
    String token = user("admin");
    String base = suite.url("gateway");
    List<SteadyLoad.Route> routes =
        List.of(
            read("GET /api/units/665", base + "/api/units/665", token),
            read("GET /api/units?q=dak", base + "/api/units?q=dak", token),
            read("GET /api/cadres?unit=665", base + "/api/cadres?unit=665", token),
            read("GET /api/rule-sets/CT45-2025", base + "/api/rule-sets/CT45-2025", token),
            write(
                "POST /api/indicators",
                base + "/api/indicators",
                token,
                KeycloakSuiteTest::indicator),
            write("POST /api/cadres", base + "/api/cadres", token, KeycloakSuiteTest::cadre));
    SteadyLoad load = new SteadyLoad(routes);
    long killedAt;
    long restartedAt;
    long usedAgainAt;
    try {
      Thread.sleep(3000);
      killedAt = load.millis();
      suite.stop("indicators-service#2");
      suite.stop("cadre-service#2");
      Thread.sleep(4000);
      suite.restart("indicators-service#2", "cadre-service#2");
      restartedAt = load.millis();
      awaitServing("indicators-service#2");
      awaitServing("cadre-service#2");
      usedAgainAt = load.millis();
      Thread.sleep(1500);
    } finally {
      load.close();
    }
    int total = load.requests().values().stream().mapToInt(Integer::intValue).sum();
    note(
        "kill test: %d requests in %.1f s; killed indicators-service#2 and cadre-service#2 (SIGKILL) at %.1f s,"
            + " started again at %.1f s, both serving through the gateway again at %.1f s (%.1f s after the restart)",
        total,
        load.millis() / 1000.0,
        killedAt / 1000.0,
        restartedAt / 1000.0,
        usedAgainAt / 1000.0,
        (usedAgainAt - restartedAt) / 1000.0);
    for (SteadyLoad.Route route : routes) {
      List<SteadyLoad.Failure> failures = load.failures(route.name());
      note(
          "  %-30s %5d requests, %d errors %s",
          route.name(),
          load.requestCount(route.name()),
          failures.size(),
          failures.stream().map(f -> f.status() + " " + f.contentType()).toList());
    }
    long lastFailure =
        load.failures().stream().mapToLong(SteadyLoad.Failure::atMillis).max().orElse(killedAt);
    note(
        "  writes retried with their Idempotency-Key: %d, of which failed again: %d; last error %.1f s after the kill",
        load.retries(), load.failedRetries().size(), (lastFailure - killedAt) / 1000.0);

    for (SteadyLoad.Route route : routes) {
      List<SteadyLoad.Failure> failures = load.failures(route.name());
      assertTrue(load.requestCount(route.name()) > 20, route.name() + " ran");
      if (!route.write()) {
        assertEquals(
            List.of(), failures, route.name() + ": a read is retried on the other instance");
      } else {
        // one writer per route, one kill per service: at most its one request in flight
        assertTrue(failures.size() <= 1, route.name() + ": " + failures);
        for (SteadyLoad.Failure failure : failures) {
          assertEquals("application/problem+json", failure.contentType(), failure.toString());
          assertTrue(failure.status() == 502 || failure.status() == 503, failure.toString());
        }
      }
    }
    // a write retried with its key succeeds, or, when the killed instance had taken the key
    // before dying, is told so (409, the first request "still running"), never anything else
    for (SteadyLoad.Failure again : load.failedRetries()) {
      assertEquals(409, again.status(), again.toString());
      assertEquals("application/problem+json", again.contentType(), again.toString());
    }
  }

  private static SteadyLoad.Route read(String name, String url, String token) {
    return new SteadyLoad.Route(
        name, n -> SteadyLoad.request(url, token).GET().build(), 200, false);
  }

  private static SteadyLoad.Route write(
      String name, String url, String token, java.util.function.LongFunction<String> body) {
    String run = Long.toString(System.nanoTime(), 36);
    return new SteadyLoad.Route(
        name,
        n ->
            SteadyLoad.request(url, token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", name.replaceAll("\\W", "") + "-" + run + "-" + n)
                .POST(HttpRequest.BodyPublishers.ofString(body.apply(n)))
                .build(),
        201,
        true);
  }

  private static String indicator(long n) {
    return "{\"code\":\"LOAD_"
        + n
        + "\",\"name\":\"Chỉ tiêu tải "
        + n
        + "\",\"unitOfMeasure\":\"%\",\"direction\":\"HIGHER_IS_BETTER\",\"priceBasis\":\"CURRENT\",\"decimals\":1}";
  }

  private static String cadre(long n) {
    return "{\"fullName\":\"Cán bộ tải "
        + n
        + "\",\"gender\":\"FEMALE\",\"dateOfBirth\":\"1978-04\",\"ethnicity\":\"Kinh\",\"unitCode\":\"665\"}";
  }

  /** Waits until a restarted instance has answered /api requests the gateway sent it. */
  private static void awaitServing(String instance) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      String metrics = given().get(suite.url(instance) + "/q/metrics").asString();
      double served =
          metrics
              .lines()
              .filter(
                  l ->
                      l.startsWith("http_server_requests_seconds_count")
                          && l.contains("uri=\"/api"))
              .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
              .sum();
      if (served > 0) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError(instance + " was not used again within 60 s of its restart");
  }

  @Test
  @Order(6)
  void aKeyRotatedInTheRealmIsTakenWithNothingRestarted() {
    String before = user("admin");
    gateway(before).get("/api/units/665").then().statusCode(200);
    String oldProvider = realm.keyProvider("rsa-generated");
    String oldKid = realm.kidOf(oldProvider);
    assertEquals(oldKid, KeycloakRealm.kid(before));

    String newKid = realm.addSigningKey("rsa-rotated", 200);
    realm.removeKeyProvider(oldProvider);
    assertFalse(realm.publishedKids().contains(oldKid));
    String after = user("admin");
    assertEquals(newKid, KeycloakRealm.kid(after));
    assertNotEquals(oldKid, newKid);
    // every instance of every service, and the gateway, sees a kid it does not hold and reads the
    // key set again (round robin: four requests reach both instances twice)
    for (int i = 0; i < 4; i++) {
      gateway(after).get("/api/units/665").then().statusCode(200);
      gateway(after).get("/api/cadres?unit=665").then().statusCode(200);
    }
    gateway(after).get("/api/surveys").then().statusCode(200);
    // and the key taken out of the realm is no longer believed
    gateway(before).get("/api/units/665").then().statusCode(401);
    note(
        "key rotation: %s replaced by %s; taken by the gateway and every instance without a restart",
        oldKid, newKid);
  }

  @Test
  @Order(7)
  void aTokenOfAnotherRealmIsRefused() {
    String elsewhere =
        new KeycloakRealm(keycloak, "elsewhere").password("elsewhere-cli", "admin", "admin");
    gateway(elsewhere)
        .get("/api/units/665")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given()
        .baseUri(suite.url("cadre-service"))
        .header("Authorization", "Bearer " + elsewhere)
        .get("/api/cadres")
        .then()
        .statusCode(401);
  }
}
