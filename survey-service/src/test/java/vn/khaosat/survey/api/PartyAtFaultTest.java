package vn.khaosat.survey.api;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.khaosat.survey.UpstreamWireMock;

/**
 * The party at fault is named (issue 10): a value that cannot exist is the caller's 400 before any
 * call; an answer of indicators-service or cadre-service that refuses the value (400, 404) is the
 * caller's 400 too; only a timeout, a dropped connection or a 5xx is a 503 that names the service.
 * Nothing is saved in any case.
 */
@QuarkusTest
class PartyAtFaultTest {

  @Inject CircuitBreakerMaintenance circuitBreakers;

  @BeforeEach
  @AfterEach
  void closeTheCircuits() {
    circuitBreakers.resetAll();
  }

  private static ValidatableResponse create(String hostUnitCode) {
    return Api.admin().body(Api.session(hostUnitCode)).post("/api/surveys").then();
  }

  private static void nothingSavedFor(String unit) {
    Api.admin().get("/api/surveys?unit=" + unit).then().statusCode(200).body("totalItems", is(0));
  }

  private static int unitLookups() {
    return UpstreamWireMock.indicatorsClient()
        .find(getRequestedFor(urlPathMatching("/api/units/.*")))
        .size();
  }

  @Test
  void aCodeThatCannotExistIsRefusedBeforeIndicatorsServiceIsAsked() {
    int lookups = unitLookups();
    for (String code : new String[] {"a\u0000b", "..", "66 5", "6".repeat(17), "-665"}) {
      ValidatableResponse refused =
          create(code)
              .statusCode(400)
              .contentType("application/problem+json")
              .body("detail", not(org.hamcrest.Matchers.emptyOrNullString()));
      if (!code.contains("\u0000")) {
        // a NUL is refused by the JSON reader, the rest by the field's pattern and length
        refused
            .body("violations[0].field", is("hostUnitCode"))
            .body("violations[0].in", is("body"));
      }
    }
    assertEquals(lookups, unitLookups(), "indicators-service was asked");
  }

  @Test
  void aUnitIndicatorsServiceRefusesOrDoesNotKnowIsTheCallersBadRequest() {
    for (String unit : new String[] {Api.unit("UBAD"), "MISSING" + Api.unit()}) {
      create(unit)
          .statusCode(400)
          .body("violations[0].field", is("hostUnitCode"))
          .body("violations[0].in", is("body"))
          .body("detail", containsString(unit))
          .body("detail", not(containsString("không trả lời")));
      nothingSavedFor(unit);
    }
  }

  @Test
  void onlyASlowDownOrFailingIndicatorsServiceIsA503() {
    // 429 says "try again later" too: the service is busy, the unit may well exist
    for (String marker : new String[] {"USLOW", "UERR", "UBUSY", "UDOWN"}) {
      String unit = marker.equals("UDOWN") ? "UDOWN" + Api.unit() : Api.unit(marker);
      create(unit)
          .statusCode(503)
          .contentType("application/problem+json")
          .body("detail", containsString("indicators-service"));
      nothingSavedFor(unit);
    }
  }

  @Test
  void aUnitIndicatorsServiceDeniesTheCallerIsA403() {
    String unit = Api.unit("UDENY");
    create(unit).statusCode(403).body("detail", containsString("indicators-service"));
    nothingSavedFor(unit);
  }

  @Test
  void aCadreOrTargetTheOtherServiceRefusesIsTheCallersBadRequest() {
    long session = Api.createSession(Api.unit());
    String base = "/api/surveys/" + session;
    for (long cadre : new long[] {6101, 9101}) {
      Api.admin()
          .body(Map.of("cadreId", cadre, "role", "GUEST"))
          .post(base + "/participants")
          .then()
          .statusCode(400)
          .body("violations[0].field", is("cadreId"))
          .body("detail", containsString(String.valueOf(cadre)));
    }
    for (long target : new long[] {8101, 9101}) {
      Api.admin()
          .body(Map.of("kind", "CAUSE", "text", "Nguyên nhân", "targetId", target))
          .post(base + "/findings")
          .then()
          .statusCode(400)
          .body("violations[0].field", is("targetId"))
          .body("detail", containsString(String.valueOf(target)));
    }
    Api.admin()
        .body(Api.directive(Api.unit("UBAD"), "2020-03-31"))
        .post(base + "/directives")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("responsibleUnitCode"));
    Api.admin()
        .get(base)
        .then()
        .body("participants.size()", is(0))
        .body("findings.size()", is(0))
        .body("directives.size()", is(0));
  }

  @Test
  void aSlowOrFailingCadreOrTargetCheckIsA503() {
    long session = Api.createSession(Api.unit());
    String base = "/api/surveys/" + session;
    for (long cadre : new long[] {6201, 6301, 7001}) {
      Api.admin()
          .body(Map.of("cadreId", cadre, "role", "GUEST"))
          .post(base + "/participants")
          .then()
          .statusCode(503)
          .body("detail", containsString("cadre-service"));
    }
    for (long target : new long[] {8201, 8301}) {
      Api.admin()
          .body(Map.of("kind", "CAUSE", "text", "Nguyên nhân", "targetId", target))
          .post(base + "/findings")
          .then()
          .statusCode(503)
          .body("detail", containsString("indicators-service"));
    }
    Api.admin().get(base).then().body("participants.size()", is(0)).body("findings.size()", is(0));
  }
}
