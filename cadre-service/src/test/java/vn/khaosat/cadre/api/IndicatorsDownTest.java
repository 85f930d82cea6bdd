package vn.khaosat.cadre.api;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** indicators-service down, slow or failing: writes that need it are refused, nothing is saved. */
@QuarkusTest
class IndicatorsDownTest {

  @Inject CircuitBreakerMaintenance circuitBreakers;

  @BeforeEach
  @AfterEach
  void closeTheCircuits() {
    circuitBreakers.resetAll();
  }

  @ParameterizedTest
  @ValueSource(strings = {"DOWN", "SLOW", "ERR"})
  void aCommitteeIsRefusedWith503AndNotSaved(String behaviour) {
    String unit = behaviour + Api.unit();
    Api.admin()
        .body(Map.of("unitCode", unit, "termCode", "2020-2025"))
        .post("/api/committees")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .body("type", is("urn:khaosat:problem:service-unavailable"))
        .body("detail", containsString("indicators-service"));
    Api.admin().get("/api/committees?unit=" + unit).then().body("totalItems", is(0));
  }

  @Test
  void aCadreIsRefusedWith503InEnglishToo() {
    String unit = "DOWN" + Api.unit();
    Api.admin()
        .header("Accept-Language", "en")
        .body(Api.cadre("Đinh Văn Hải", "MALE", "1970", unit))
        .post("/api/cadres")
        .then()
        .statusCode(503)
        .body("detail", containsString("nothing was saved"));
    Api.admin().get("/api/cadres?unit=" + unit).then().body("totalItems", is(0));
  }

  @Test
  void aFailedRequestIsRetriedOnce() {
    String unit = "ERR" + Api.unit();
    Api.admin()
        .body(Map.of("unitCode", unit, "termCode", "2020-2025"))
        .post("/api/committees")
        .then()
        .statusCode(503);
    Indicators.client().verifyThat(2, getRequestedFor(urlPathEqualTo("/api/units/" + unit)));
  }

  @Test
  void anOpenCircuitAnswersAtOnceWithoutCallingIndicatorsService() {
    for (int i = 0; i < 3; i++) {
      Api.admin()
          .body(Map.of("unitCode", "ERR" + Api.unit(), "termCode", "2020-2025"))
          .post("/api/committees")
          .then()
          .statusCode(503);
    }
    String healthy = Api.unit();
    Api.admin()
        .body(Map.of("unitCode", healthy, "termCode", "2020-2025"))
        .post("/api/committees")
        .then()
        .statusCode(503);
    Indicators.client().verifyThat(0, getRequestedFor(urlPathEqualTo("/api/units/" + healthy)));
    circuitBreakers.resetAll();
    Api.admin()
        .body(Map.of("unitCode", healthy, "termCode", "2020-2025"))
        .post("/api/committees")
        .then()
        .statusCode(201);
  }

  @Test
  void aScopeCheckThatNeedsTheUnitTreeIsRefusedToo() {
    // an organizer's scope is checked through the unit's ancestors
    String unit = "DOWN" + Api.unit();
    Api.as("organizer", "67")
        .body(Api.cadre("Đinh Thị Lan", "FEMALE", "1980", unit))
        .post("/api/cadres")
        .then()
        .statusCode(503);
  }
}
