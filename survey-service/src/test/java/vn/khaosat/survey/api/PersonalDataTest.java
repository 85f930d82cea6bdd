package vn.khaosat.survey.api;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.khaosat.survey.UpstreamWireMock;
import vn.khaosat.testing.jwt.TestTokens;

/**
 * What survey-service copies from cadre-service carries no personal field. cadre-service is asked
 * with the caller's token, so its unit scope decides what it sends; whatever it sends, a session
 * keeps a participant's name, unit and post of the day, and a dossier the counts and slate findings
 * of a vetting, because a session, its dossier and its minutes are read by anyone with a token.
 */
@QuarkusTest
class PersonalDataTest {

  /** What cadre-service's stand-in sends for cadres 5000–5999 and in plan 43's summary. */
  private static final List<String> PERSONAL =
      List.of("1968-04", "Xtiêng", "Công giáo", "1990-05-19", "REPRIMAND", "dateOfBirth");

  @Test
  void aParticipantKeepsNoPersonalFieldThatCadreServiceSent() {
    String unit = Api.unit();
    long session = Api.createSession(unit);
    String secretary = TestTokens.bearer("thu-ky", Set.of("secretary"), unit);
    var added =
        given()
            .header("Authorization", secretary)
            .contentType(ContentType.JSON)
            .body(Map.of("cadreId", 5001, "role", "HOST_CHAIR"))
            .post("/api/surveys/" + session + "/participants")
            .then()
            .statusCode(201)
            .body("fullName", is("Điểu Thị Riêng"))
            .body("title", is("Bí thư Huyện ủy"))
            .body("personal", nullValue());
    withoutPersonal(added);
    UpstreamWireMock.cadreClient()
        .verifyThat(
            getRequestedFor(urlPathEqualTo("/api/cadres/5001"))
                .withHeader("Authorization", equalTo(secretary)));
    withoutPersonal(
        Api.viewer()
            .get("/api/surveys/" + session)
            .then()
            .statusCode(200)
            .body("participants[0].fullName", is("Điểu Thị Riêng")));
    withoutPersonal(minutes(session).body(containsString("Điểu Thị Riêng")));
  }

  @Test
  void aDossierKeepsOnlyTheCountsAndTheSlateOfAVetting() {
    long session = Api.createSession(Api.unit("LEAKY"));
    withoutPersonal(
        Api.admin()
            .post("/api/surveys/" + session + "/dossier")
            .then()
            .statusCode(201)
            .body("vetting.planId", is(43))
            .body("vetting.summary.notEligible", is(1))
            .body("vetting.candidates", nullValue())
            .body(not(containsString("Điểu Thị Riêng"))));
    withoutPersonal(
        Api.viewer()
            .get("/api/surveys/" + session + "/dossier")
            .then()
            .statusCode(200)
            .body("vetting.ruleSetCode", is("CT35-2019"))
            .body(not(containsString("Điểu Thị Riêng"))));
    withoutPersonal(minutes(session).body(containsString("CT35-2019")));
  }

  private static ValidatableResponse minutes(long session) {
    return Api.viewer()
        .accept("text/html")
        .get("/api/surveys/" + session + "/minutes")
        .then()
        .statusCode(200);
  }

  private static void withoutPersonal(ValidatableResponse response) {
    PERSONAL.forEach(value -> response.body(not(containsString(value))));
  }
}
