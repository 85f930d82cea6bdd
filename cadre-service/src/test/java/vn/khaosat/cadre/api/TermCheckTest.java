package vn.khaosat.cadre.api;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static vn.khaosat.cadre.IndicatorsWireMock.UNKNOWN_TERM;
import static vn.khaosat.cadre.IndicatorsWireMock.UNREACHABLE_TERM;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A committee or a plan names only a term indicators-service knows: unknown is the caller's 400, no
 * answer a 503, and either way nothing is saved.
 */
@QuarkusTest
class TermCheckTest {

  @Inject CircuitBreakerMaintenance circuitBreakers;

  @BeforeEach
  @AfterEach
  void closeTheCircuits() {
    circuitBreakers.resetAll();
  }

  @Test
  void aCommitteeForATermIndicatorsServiceDoesNotKnowIsRefused() {
    String unit = Api.unit();
    Api.admin()
        .body(Map.of("unitCode", unit, "termCode", UNKNOWN_TERM))
        .post("/api/committees")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", is("termCode"))
        .body("violations[0].message", containsString(UNKNOWN_TERM));
    Api.admin().get("/api/committees?unit=" + unit).then().body("totalItems", is(0));
    Indicators.client().verifyThat(getRequestedFor(urlPathEqualTo("/api/terms/" + UNKNOWN_TERM)));
  }

  @Test
  void aPlanForATermIndicatorsServiceDoesNotKnowIsRefused() {
    // the plan is for the term after 2040-2045: 2045-2050, unknown
    String unit = Api.unit();
    long cadre = Api.createCadre("Mạc Văn Kỳ", "MALE", "1980", unit);
    long committee = Api.createCommittee(unit, "2040-2045", List.of());
    Api.admin()
        .header("Accept-Language", "en")
        .body(Api.plan(committee, "2045-06", List.of(Api.candidate(cadre, "MEMBER"))))
        .post("/api/personnel-plans")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("termCode"))
        .body(
            "violations[0].message", is("indicators-service knows no term " + UNKNOWN_TERM + "."));
    Api.viewer()
        .get("/api/personnel-plans?committee=" + committee)
        .then()
        .body("totalItems", is(0));
  }

  @Test
  void aCommitteeWhoseTermCannotBeCheckedIsRefusedWith503AndNotSaved() {
    String unit = Api.unit();
    Api.admin()
        .body(Map.of("unitCode", unit, "termCode", UNREACHABLE_TERM))
        .post("/api/committees")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .body("type", is("urn:khaosat:problem:service-unavailable"))
        .body("detail", containsString("indicators-service"));
    Api.admin().get("/api/committees?unit=" + unit).then().body("totalItems", is(0));
  }

  @Test
  void aPlanWhoseTermCannotBeCheckedIsRefusedWith503AndNotSaved() {
    // the plan is for the term after 2030-2035: 2035-2040, whose check drops the connection
    String unit = Api.unit();
    long cadre = Api.createCadre("Mạc Văn Xa", "MALE", "1980", unit);
    long committee = Api.createCommittee(unit, "2030-2035", List.of());
    var plan = Api.plan(committee, "2035-06", List.of(Api.candidate(cadre, "MEMBER")));
    Api.admin()
        .body(plan)
        .post("/api/personnel-plans")
        .then()
        .statusCode(503)
        .body("detail", containsString("indicators-service"));
    Api.viewer()
        .get("/api/personnel-plans?committee=" + committee)
        .then()
        .body("totalItems", is(0));
    // bad input stays the caller's 400, checked before indicators-service is asked
    plan.put("candidates", List.of(Api.candidate(cadre, "MEMBER"), Api.candidate(cadre, "MEMBER")));
    Api.admin()
        .body(plan)
        .post("/api/personnel-plans")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("candidates[1].cadreId"));
  }
}
