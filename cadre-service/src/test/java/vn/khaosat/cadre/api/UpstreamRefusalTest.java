package vn.khaosat.cadre.api;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A refusal of indicators-service other than 400 and 404 (here a 403) is an answer: the write is
 * refused with the 503 it always was, but the call is neither retried nor counted by the circuit
 * breaker (libs/upstream), as in survey-service.
 */
@QuarkusTest
class UpstreamRefusalTest {

  @Inject CircuitBreakerMaintenance circuitBreakers;

  @BeforeEach
  @AfterEach
  void closeTheCircuits() {
    circuitBreakers.resetAll();
  }

  @Test
  void aRefusalIsNotRetried() {
    String unit = "DENY" + Api.unit();
    Api.admin()
        .body(Api.cadre("Nguyễn Văn Từ", "MALE", "1968-06-15", unit))
        .post("/api/cadres")
        .then()
        .statusCode(503)
        .body("detail", containsString("indicators-service"));
    Indicators.client().verifyThat(1, getRequestedFor(urlPathEqualTo("/api/units/" + unit)));
    Api.admin().get("/api/cadres?unit=" + unit).then().statusCode(200);
  }

  @Test
  void manyRefusalsDoNotOpenTheCircuitForOthers() {
    for (int i = 0; i < 8; i++) {
      Api.admin()
          .body(Api.cadre("Nguyễn Văn Từ", "MALE", "1968-06-15", "DENY" + Api.unit()))
          .post("/api/cadres")
          .then()
          .statusCode(503);
    }
    Api.createCadre("Nguyễn Văn Đúng", "MALE", "1968-06-15", Api.unit());
  }
}
