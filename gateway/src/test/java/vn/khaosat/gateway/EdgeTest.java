package vn.khaosat.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.khaosat.testing.jwt.TestTokens;

/** What the edge adds to every answer and passes on to every backend. */
@QuarkusTest
class EdgeTest {

  @Test
  void everyAnswerTellsTheCallersRateLimit() {
    given()
        .header("Authorization", TestTokens.bearer("edge-limit", Set.of("viewer")))
        .get("/api/units/665")
        .then()
        .statusCode(200)
        .header("RateLimit-Limit", notNullValue())
        .header("RateLimit-Remaining", notNullValue())
        .header("RateLimit-Reset", notNullValue());
    // without a token the caller is its address: limited too, so tokens cannot be tried at will
    given()
        .get("/api/units/665")
        .then()
        .statusCode(401)
        .header("RateLimit-Limit", notNullValue())
        .header("RateLimit-Remaining", notNullValue());
  }

  @Test
  void aBackendLearnsTheOriginTheClientCalledAndNoClientCanSayOtherwise() {
    given()
        .header("Authorization", TestTokens.bearer("edge-origin", Set.of("viewer")))
        .header("X-Forwarded-Host", "evil.example:666")
        .header("Forwarded", "host=evil.example;proto=https")
        .get("/api/cadres/8")
        .then()
        .statusCode(200);
    String origin = "localhost:" + RestAssured.port;
    Backends.admin(2)
        .verifyThat(
            getRequestedFor(urlPathEqualTo("/api/cadres/8"))
                .withHeader("X-Forwarded-Host", equalTo(origin))
                .withHeader("X-Forwarded-Proto", equalTo("http"))
                .withHeader("X-Forwarded-Port", equalTo(String.valueOf(RestAssured.port)))
                .withoutHeader("Forwarded"));
  }

  @Test
  void aQueryStringTooLongIsA414ProblemWithARequestId() {
    given()
        .header("Authorization", TestTokens.bearer("edge-414", Set.of("viewer")))
        .get("/api/units?q=" + "a".repeat(9000))
        .then()
        .statusCode(414)
        .contentType("application/problem+json")
        .header("X-Request-Id", notNullValue())
        .body("type", is("urn:khaosat:problem:uri-too-long"))
        .body("detail", containsString("8192"));
    // 5 kB reaches the backend: its own limits decide
    given()
        .header("Authorization", TestTokens.bearer("edge-5k", Set.of("viewer")))
        .get("/api/units?q=" + "a".repeat(5000))
        .then()
        .statusCode(200);
  }

  @Test
  void headersTooLargeAreA431Problem() {
    given()
        .header("Authorization", TestTokens.bearer("edge-431", Set.of("viewer")))
        .header("X-Big", "a".repeat(30_000))
        .get("/api/units/665")
        .then()
        .statusCode(431)
        .contentType("application/problem+json")
        .header("X-Request-Id", notNullValue())
        .body("detail", not(containsString("Exception")));
  }

  @Test
  void aGarbledAcceptLanguageMeansVietnamese() {
    given()
        .header("Accept-Language", "x".repeat(300))
        .get("/api/units/665")
        .then()
        .statusCode(401)
        .body("title", is("Chưa xác thực"));
  }

  @Test
  void remainingFallsAsTheCallerSpends() {
    String bearer = TestTokens.bearer("edge-spend", Set.of("viewer"));
    int first =
        Integer.parseInt(
            given()
                .header("Authorization", bearer)
                .get("/api/units/1")
                .header("RateLimit-Remaining"));
    given()
        .header("Authorization", bearer)
        .get("/api/units/1")
        .then()
        .header("RateLimit-Remaining", is(String.valueOf(first - 1)))
        .header(
            "RateLimit-Reset", (String value) -> Integer.parseInt(value), lessThanOrEqualTo(60));
  }
}
