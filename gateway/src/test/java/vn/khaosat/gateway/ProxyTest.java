package vn.khaosat.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.khaosat.testing.jwt.TestTokens;

@QuarkusTest
class ProxyTest {

  private static RequestSpecification as(String user) {
    return given().header("Authorization", TestTokens.bearer(user, Set.of("viewer")));
  }

  @Test
  void routesByTheFirstSegmentAndPassesTheTokenAndARequestIdOn() {
    String id =
        as("routes")
            .get("/api/cadres/7?x=1")
            .then()
            .statusCode(200)
            .body("answeredBy", is("cadre"))
            .header("X-Request-Id", notNullValue())
            .extract()
            .header("X-Request-Id");
    Backends.admin(2)
        .verifyThat(
            getRequestedFor(urlPathEqualTo("/api/cadres/7"))
                .withQueryParam("x", equalTo("1"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withHeader("X-Request-Id", equalTo(id)));
    as("routes")
        .header("X-Request-Id", "mine-1")
        .get("/api/rule-sets/CT35-2019")
        .then()
        .statusCode(200)
        .header("X-Request-Id", is("mine-1"))
        .body("answeredBy", is("cadre"));
  }

  @Test
  void anIdempotentRequestAnInstanceDropsIsAnsweredByAnotherAndAWriteGetsAProblem() {
    // round robin sends every other request to indicators-a, which drops them all
    for (int i = 0; i < 4; i++) {
      as("failover")
          .get("/api/units/dropped/" + i)
          .then()
          .statusCode(200)
          .body("answeredBy", is("indicators-b"));
    }
    List<Integer> writes = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      var answer =
          as("failover")
              .contentType("application/json")
              .body("{}")
              .post("/api/units/dropped")
              .then()
              .extract();
      writes.add(answer.statusCode());
      if (answer.statusCode() == 502) {
        assertEquals("application/problem+json", answer.contentType());
        assertTrue(answer.path("detail").toString().contains("indicators-service"));
      }
    }
    // the write indicators-a dropped is not replayed: its caller is told, as a problem
    assertEquals(List.of(200, 502), writes.stream().sorted().toList());
  }

  @Test
  void severalInstancesOfAServiceShareTheLoad() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 4; i++) {
      seen.add(
          as("balance").get("/api/units/665").then().statusCode(200).extract().path("answeredBy"));
    }
    assertEquals(Set.of("indicators-a", "indicators-b"), seen);
  }

  @Test
  void noValidTokenIsA401BeforeAnyBackendIsTouched() {
    given()
        .get("/api/units/no-token")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", "Bearer");
    given()
        .header("Authorization", "Bearer not.a.token")
        .get("/api/units/no-token")
        .then()
        .statusCode(401);
    for (int i = 0; i < 2; i++) {
      Backends.admin(i).verifyThat(0, anyRequestedFor(urlPathEqualTo("/api/units/no-token")));
    }
  }

  @Test
  void aBackendThatIsDownIsA503NamingIt() {
    as("down")
        .header("Accept-Language", "en")
        .get("/api/surveys")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .body("type", is("urn:khaosat:problem:service-unavailable"))
        .body("detail", containsString("survey-service"));
    // the others keep answering
    as("down").get("/api/units/665").then().statusCode(200);
  }

  @Test
  void aBackendThatTakesTooLongIsA504NamingIt() {
    as("slow")
        .get("/api/units/slow1")
        .then()
        .statusCode(504)
        .contentType("application/problem+json")
        .body("detail", containsString("indicators-service"));
  }

  @Test
  void anUnknownRouteIsA404Problem() {
    as("unknown")
        .get("/api/horoscopes")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("/api/horoscopes"));
  }

  @Test
  void aClientOverItsRateGets429WithRetryAfter() {
    int status = 200;
    String retryAfter = null;
    for (int i = 0; i < 200 && status != 429; i++) {
      var response = as("flood").get("/api/units/665");
      status = response.statusCode();
      retryAfter = response.header("Retry-After");
    }
    assertEquals(429, status);
    assertTrue(Integer.parseInt(retryAfter) >= 1, retryAfter);
    // another client is not held back
    as("calm").get("/api/units/665").then().statusCode(200);
  }

  @Test
  void aLargeBodyStreamsThroughWhole() {
    byte[] body = new byte[20 * 1024 * 1024];
    java.util.Arrays.fill(body, (byte) 'x');
    as("upload")
        .contentType("text/csv")
        .body(body)
        .post("/api/personnel-plans/large")
        .then()
        .statusCode(200);
    Backends.admin(2)
        .verifyThat(
            1,
            postRequestedFor(urlPathEqualTo("/api/personnel-plans/large"))
                .withHeader("Content-Length", equalTo(String.valueOf(body.length))));
  }

  @Test
  void aBodyOverTheLimitIsRefusedWith413() throws Exception {
    // the test profile caps bodies at 24 MB; the client waits for 100-continue, as large uploads
    // do,
    // and gets the 413 instead of a 100, so it never sends the body. Over a socket: java.net.http
    // (17) never completes a request that expected 100-continue and got a final answer with a body
    String head =
        "POST /api/personnel-plans/too-large HTTP/1.1\r\n"
            + "Host: localhost\r\n"
            + "Authorization: "
            + TestTokens.bearer("upload", Set.of("viewer"))
            + "\r\n"
            + "Content-Type: text/csv\r\n"
            + "Accept-Language: en\r\n"
            + "Content-Length: "
            + 25 * 1024 * 1024
            + "\r\n"
            + "Expect: 100-continue\r\n\r\n";
    String answer;
    try (var socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      // all of it: the gateway closes the connection once it has answered
      answer =
          new String(
              socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    int split = answer.indexOf("\r\n\r\n");
    String headers = answer.substring(0, split).toLowerCase(java.util.Locale.ROOT);
    assertTrue(headers.startsWith("http/1.1 413 "), "no 100 first, the 413: " + headers);
    assertTooLarge(
        413,
        header(headers, "content-type"),
        header(headers, "connection"),
        header(headers, "x-request-id"),
        answer.substring(split + 4));
    Backends.admin(2)
        .verifyThat(0, anyRequestedFor(urlPathEqualTo("/api/personnel-plans/too-large")));
  }

  @Test
  void aBodyOverTheLimitSentWithoutWaitingIsRefusedWith413Too() throws Exception {
    // no 100-continue: the body comes anyway, is dropped, and the client still reads the problem
    var response =
        uploadDeclared("/api/personnel-plans/too-large-at-once", 25 * 1024 * 1024, false);
    assertTooLarge(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(null),
        response.headers().firstValue("Connection").orElse(null),
        response.headers().firstValue("X-Request-Id").orElse(null),
        response.body());
    Backends.admin(2)
        .verifyThat(0, anyRequestedFor(urlPathEqualTo("/api/personnel-plans/too-large-at-once")));
    // the gateway still answers, and a body under the limit goes through after a 100-continue
    var small = uploadDeclared("/api/personnel-plans/after-413", 1024, true);
    assertEquals(200, small.statusCode(), small.body());
    Backends.admin(2)
        .verifyThat(
            1,
            postRequestedFor(urlPathEqualTo("/api/personnel-plans/after-413"))
                .withHeader("Content-Length", equalTo("1024")));
  }

  private static String header(String headers, String name) {
    for (String line : headers.split("\r\n")) {
      if (line.startsWith(name + ":")) {
        return line.substring(name.length() + 1).trim();
      }
    }
    return null;
  }

  private static void assertTooLarge(
      int status, String contentType, String connection, String requestId, String body) {
    assertEquals(413, status, body);
    assertEquals("application/problem+json", contentType);
    assertEquals("close", connection);
    assertTrue(requestId != null && !requestId.isBlank());
    var problem = new io.vertx.core.json.JsonObject(body);
    assertEquals("urn:khaosat:problem:payload-too-large", problem.getString("type"));
    assertEquals(413, problem.getInteger("status"));
    assertEquals("The body is larger than the 24 MB limit.", problem.getString("detail"));
  }

  private static java.net.http.HttpResponse<String> uploadDeclared(
      String path, int size, boolean expectContinue) throws Exception {
    var request =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + path))
            .header("Authorization", TestTokens.bearer("upload", Set.of("viewer")))
            .header("Content-Type", "text/csv")
            .header("Accept-Language", "en")
            .expectContinue(expectContinue)
            .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(new byte[size]))
            .build();
    return java.net.http.HttpClient.newBuilder()
        .version(java.net.http.HttpClient.Version.HTTP_1_1)
        .build()
        .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void browsersOnOtherOriginsMayCall() {
    given()
        .header("Origin", "https://app.khaosat.vn")
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "Authorization,Idempotency-Key")
        .options("/api/cadres")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", notNullValue())
        .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"));
  }
}
