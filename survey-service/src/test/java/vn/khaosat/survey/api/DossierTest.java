package vn.khaosat.survey.api;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.khaosat.survey.UpstreamWireMock;

/**
 * The dossier in every state of the two services it comes from: it is always stored, and says what
 * is missing and why.
 */
@QuarkusTest
class DossierTest {

  @Inject CircuitBreakerMaintenance circuitBreakers;

  @BeforeEach
  @AfterEach
  void closeTheCircuits() {
    circuitBreakers.resetAll();
  }

  private static ValidatableResponse take(String marker) {
    long session = Api.createSession(Api.unit(marker));
    return Api.admin().post("/api/surveys/" + session + "/dossier").then().statusCode(201);
  }

  @Test
  void aNewCommunesDossierShowsThePredecessorsFiguresForTheReviewedTerm() {
    long session = Api.createSession(Api.unit("SUCC"));
    Api.admin()
        .post("/api/surveys/" + session + "/dossier")
        .then()
        .statusCode(201)
        .body("complete", is(true))
        // LATE1 began after the term: not asked; OLD1 closed in 2017: evaluated in 2017
        .body("predecessorScorecards.unitCode", contains("665", "OLD1"))
        .body("predecessorScorecards.termCode", contains("2015-2020", "2015-2020"))
        .body("predecessorScorecards.year", contains(2019, 2017))
        .body("predecessorScorecards[0].summary", is("3/4 vượt, 1/4 chưa đạt"));
    UpstreamWireMock.indicatorsClient()
        .verifyThat(
            0,
            getRequestedFor(urlPathEqualTo("/api/scorecards"))
                .withQueryParam("unit", equalTo("LATE1")));
    Api.admin()
        .accept("text/html")
        .get("/api/surveys/" + session + "/minutes")
        .then()
        .statusCode(200)
        .body(containsString("Đơn vị tiền thân Huyện Đắk Song: Kết quả thực hiện chỉ tiêu"));
    // a unit that succeeded none has none
    take("").body("predecessorScorecards", empty());
  }

  @Test
  void predecessorsThatCannotBeFetchedAreSaidToBeMissing() {
    take("PDOWN")
        .body("complete", is(false))
        .body("scorecard.summary", is("3/4 vượt, 1/4 chưa đạt"))
        .body("predecessorScorecards", empty())
        .body("missing.source", contains("predecessors"))
        .body("missing[0].reason", is("UNAVAILABLE"))
        .body("missing[0].message", containsString("đơn vị tiền thân"));
  }

  @Test
  void bothServicesUpGiveACompleteDossierAndTheCallerTravelsWithTheCalls() {
    String unit = Api.unit();
    long session = Api.createSession(unit);
    Api.as("secretary", unit)
        .header("X-Request-Id", "dossier-" + unit)
        .post("/api/surveys/" + session + "/dossier")
        .then()
        .statusCode(201)
        .body("complete", is(true))
        .body("missing", empty())
        .body("takenAt", notNullValue())
        .body("takenBy", is("secretary-user"))
        .body("scorecard.summary", is("3/4 vượt, 1/4 chưa đạt"))
        .body("scorecard.termCode", is("2015-2020"))
        .body("scorecard.year", is(2019))
        .body("vetting.planId", is(41))
        .body("vetting.summary.candidates", is(33));
    UpstreamWireMock.indicatorsClient()
        .verifyThat(
            getRequestedFor(urlPathEqualTo("/api/scorecards"))
                .withQueryParam("unit", equalTo(unit))
                .withQueryParam("term", equalTo("2015-2020"))
                .withQueryParam("year", equalTo("2019"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withHeader("X-Request-Id", equalTo("dossier-" + unit)));
    UpstreamWireMock.cadreClient()
        .verifyThat(
            getRequestedFor(urlPathEqualTo("/api/personnel-plans"))
                .withQueryParam("unit", equalTo(unit))
                .withQueryParam("term", equalTo("2020-2025"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withHeader("X-Request-Id", equalTo("dossier-" + unit)));
    UpstreamWireMock.cadreClient()
        .verifyThat(
            getRequestedFor(urlPathEqualTo("/api/personnel-plans/41/vetting/summary"))
                .withHeader("X-Request-Id", equalTo("dossier-" + unit)));
    Api.viewer()
        .get("/api/surveys/" + session + "/dossier")
        .then()
        .statusCode(200)
        .body("complete", is(true))
        .body("vetting.approvable", is(false));
  }

  @Test
  void indicatorsDownSlowFailingOrRefusing() {
    take("IDOWN")
        .body("complete", is(false))
        .body("scorecard", nullValue())
        .body("vetting.planId", is(41))
        .body("missing.source", contains("scorecard"))
        .body("missing[0].reason", is("UNAVAILABLE"))
        .body("missing[0].message", containsString("indicators-service không trả lời"));
    circuitBreakers.resetAll();
    take("ISLOW").body("missing[0].reason", is("TIMEOUT"));
    circuitBreakers.resetAll();
    take("IERR").body("missing[0].reason", is("UNAVAILABLE"));
    circuitBreakers.resetAll();
    take("INONE").body("missing[0].reason", is("REFUSED"));
    take("INOTFOUND").body("missing[0].reason", is("NOT_FOUND"));
  }

  @Test
  void cadreDownSlowFailingOrWithoutAVettedPlan() {
    take("CDOWN")
        .body("scorecard.summary", is("3/4 vượt, 1/4 chưa đạt"))
        .body("vetting", nullValue())
        .body("missing.source", contains("vetting"))
        .body("missing[0].reason", is("UNAVAILABLE"));
    circuitBreakers.resetAll();
    take("CSLOW").body("missing[0].reason", is("TIMEOUT"));
    circuitBreakers.resetAll();
    take("CERR").body("missing[0].reason", is("UNAVAILABLE"));
    circuitBreakers.resetAll();
    take("NOPLAN")
        .body("missing[0].reason", is("NO_PLAN"))
        .body("missing[0].message", containsString("chưa có phương án"));
    take("CNOTFOUND").body("missing[0].reason", is("NO_PLAN"));
    circuitBreakers.resetAll();
    take("UNVETTED")
        .body("missing[0].reason", is("NOT_VETTED"))
        .body("missing[0].message", containsString("42"));
  }

  @Test
  void bothDownStillStoresADossierThatSaysSoInTheCallersLanguage() {
    String unit = Api.unit("IDOWNCDOWN");
    long session = Api.createSession(unit);
    Api.admin()
        .header("Accept-Language", "en")
        .post("/api/surveys/" + session + "/dossier")
        .then()
        .statusCode(201)
        .body("missing.source", contains("scorecard", "vetting"))
        .body("missing[1].message", containsString("cadre-service does not answer"));
    Api.viewer().get("/api/surveys/" + session + "/dossier").then().body("complete", is(false));
    // each failing call was tried once more, no more
    UpstreamWireMock.indicatorsClient()
        .verifyThat(
            2,
            getRequestedFor(urlPathEqualTo("/api/scorecards"))
                .withQueryParam("unit", equalTo(unit)));
    UpstreamWireMock.cadreClient()
        .verifyThat(
            2,
            getRequestedFor(urlPathEqualTo("/api/personnel-plans"))
                .withQueryParam("unit", equalTo(unit)));
  }

  @Test
  void afterRepeatedFailuresTheCircuitOpensAndTheDossierSaysSo() {
    for (int i = 0; i < 3; i++) {
      take("IDOWN").body("missing[0].reason", is("UNAVAILABLE"));
    }
    take("IDOWN").body("missing[0].reason", is("CIRCUIT_OPEN"));
    // the other service's calls have their own circuit
    take("").body("vetting.planId", is(41));
  }

  @Test
  void noDossierYetIs404AndWritersOnly() {
    String unit = Api.unit();
    long session = Api.createSession(unit);
    Api.viewer().get("/api/surveys/" + session + "/dossier").then().statusCode(404);
    Api.viewer().post("/api/surveys/" + session + "/dossier").then().statusCode(403);
    Api.as("secretary", "999").post("/api/surveys/" + session + "/dossier").then().statusCode(403);
    Api.admin().post("/api/surveys/999999/dossier").then().statusCode(404);
  }
}
