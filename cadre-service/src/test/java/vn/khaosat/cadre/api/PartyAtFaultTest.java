package vn.khaosat.cadre.api;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.khaosat.cadre.IndicatorsWireMock;

/**
 * The party at fault is named (DESIGN.md §7): a code that cannot exist is the caller's 400 before
 * indicators-service is asked, and a code indicators-service refuses (400) or does not know (404)
 * is the caller's 400 too, never a 503 that blames indicators-service.
 */
@QuarkusTest
class PartyAtFaultTest {

  @Inject CircuitBreakerMaintenance circuitBreakers;

  @AfterEach
  void closeTheCircuits() {
    circuitBreakers.resetAll();
  }

  @ParameterizedTest
  @ValueSource(strings = {".", "..", "./X", "X/..", "-%s", "%s.0123456789abcdef", "%s đơn vị"})
  void aUnitCodeThatCannotExistIsRefusedBeforeAnyCall(String form) {
    String marker = "BLAME" + Api.unit();
    String code = form.contains("%s") ? String.format(form, marker) : form;
    Api.admin()
        .body(Api.cadre("Nguyễn Văn Lỗi", "MALE", "1968-06-15", code))
        .post("/api/cadres")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", is("unitCode"))
        .body("violations[0].in", is("body"));
    Api.admin()
        .body(Map.of("unitCode", code, "termCode", "2015-2020"))
        .post("/api/committees")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("unitCode"));
    Indicators.client().verifyThat(0, getRequestedFor(urlPathMatching(".*" + marker + ".*")));
    Indicators.client().verifyThat(0, getRequestedFor(urlPathMatching("/api/units/?\\.*/?")));
  }

  @Test
  void aTermCodeThatCannotExistIsRefusedBeforeAnyCall() {
    String unit = Api.unit();
    Api.admin()
        .body(Map.of("unitCode", unit, "termCode", "2015-20201"))
        .post("/api/committees")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("termCode"))
        .body("violations[0].in", is("body"));
    Indicators.client().verifyThat(0, getRequestedFor(urlPathEqualTo("/api/units/" + unit)));
    Indicators.client().verifyThat(0, getRequestedFor(urlPathMatching("/api/terms/2015-20201")));
  }

  @Test
  void aUnitIndicatorsServiceRefusesIsTheCallersBadRequestNotAnOutage() {
    String unit = "REFUSED" + Api.unit();
    Api.admin()
        .header("Accept-Language", "en")
        .body(Api.cadre("Nguyễn Văn Lỗi", "MALE", "1968-06-15", unit))
        .post("/api/cadres")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", is("urn:khaosat:problem:constraint-violation"))
        .body("violations[0].field", is("unitCode"))
        .body("detail", containsString(unit));
    // not retried: the answer will not change
    Indicators.client().verifyThat(1, getRequestedFor(urlPathEqualTo("/api/units/" + unit)));
    Api.admin().get("/api/cadres?unit=" + unit).then().body("totalItems", is(0));
  }

  @Test
  void aTermIndicatorsServiceRefusesIsTheCallersBadRequestNotAnOutage() {
    String unit = Api.unit();
    Api.admin()
        .body(Map.of("unitCode", unit, "termCode", IndicatorsWireMock.REFUSED_TERM))
        .post("/api/committees")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("termCode"))
        .body("detail", containsString(IndicatorsWireMock.REFUSED_TERM));
    Api.admin().get("/api/committees?unit=" + unit).then().body("totalItems", is(0));
  }

  @Test
  void manyRefusedCodesDoNotOpenTheCircuitForOthers() {
    for (int i = 0; i < 8; i++) {
      Api.admin()
          .body(Api.cadre("Nguyễn Văn Lỗi", "MALE", "1968-06-15", "REFUSED" + Api.unit()))
          .post("/api/cadres")
          .then()
          .statusCode(400);
    }
    Api.createCadre("Nguyễn Văn Đúng", "MALE", "1968-06-15", Api.unit());
  }
}
