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
import java.util.HashSet;
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
    // the test profile caps bodies at 24 MB; the client waits for 100-continue, as large uploads do
    var request =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(
                    "http://localhost:"
                        + io.restassured.RestAssured.port
                        + "/api/personnel-plans/too-large"))
            .header("Authorization", TestTokens.bearer("upload", Set.of("viewer")))
            .header("Content-Type", "text/csv")
            .expectContinue(true)
            .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(new byte[25 * 1024 * 1024]))
            .build();
    var response =
        java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1)
            .build()
            .send(request, java.net.http.HttpResponse.BodyHandlers.discarding());
    assertEquals(413, response.statusCode());
    Backends.admin(2)
        .verifyThat(0, postRequestedFor(urlPathEqualTo("/api/personnel-plans/too-large")));
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
