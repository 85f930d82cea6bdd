package vn.khaosat.cadre.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's examples at cadre-service (DESIGN.md §7, "Input policy"): each bad input is a 400
 * problem with a detail that names the field and where it was, and nothing is stored.
 */
@QuarkusTest
class InputPolicyTest {

  private static ValidatableResponse refused(ValidatableResponse response, String field) {
    return response
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", is(400))
        .body("detail", containsString(field))
        .body("violations[0].field", is(field));
  }

  private static void nothingStored(String unit) {
    Api.admin().get("/api/cadres?unit=" + unit).then().statusCode(200).body("totalItems", is(0));
  }

  /** A cadre's body as JSON text, with {@code fullName} written as given (already JSON). */
  private static String withName(String unit, String jsonName) {
    return "{\"fullName\":"
        + jsonName
        + ",\"gender\":\"MALE\",\"dateOfBirth\":\"1968-06-15\",\"ethnicity\":\"Kinh\","
        + "\"unitCode\":\""
        + unit
        + "\"}";
  }

  @Test
  void aNulInABodyStringIsRefused() {
    String unit = Api.unit();
    var body = Api.cadre("Nguyễn\u0000Văn An", "MALE", "1968-06-15", unit);
    refused(Api.admin().body(body).post("/api/cadres").then(), "fullName")
        .body("violations[0].in", is("body"))
        .body("detail", containsString("NUL"));
    nothingStored(unit);
  }

  @Test
  void aNulInAQueryFilterIsRefused() {
    refused(Api.admin().urlEncodingEnabled(false).get("/api/cadres?q=a%00b").then(), "q")
        .body("violations[0].in", is("query"))
        .body("detail", containsString("NUL"));
  }

  @Test
  void aLoneSurrogateIsRefusedNotStoredAsAQuestionMark() {
    String unit = Api.unit();
    refused(
            Api.admin().body(withName(unit, "\"Nguy\\ud800n\"")).post("/api/cadres").then(),
            "fullName")
        .body("violations[0].in", is("body"))
        .body("detail", containsString("surrogate"));
    nothingStored(unit);
  }

  @Test
  void aNumberIsNotTakenForAString() {
    String unit = Api.unit();
    refused(Api.admin().body(withName(unit, "123")).post("/api/cadres").then(), "fullName")
        .body("violations[0].in", is("body"));
    nothingStored(unit);
  }

  @Test
  void aNumberIsNotTakenForADate() {
    String unit = Api.unit();
    var body = Api.cadre("Nguyễn Văn An", "MALE", "1968-06-15", unit);
    body.put("partyAdmissionDate", 20191128);
    refused(Api.admin().body(body).post("/api/cadres").then(), "partyAdmissionDate")
        .body("violations[0].in", is("body"));
    body.put("partyAdmissionDate", "1995-05-19");
    body.put("dateOfBirth", 1968);
    refused(Api.admin().body(body).post("/api/cadres").then(), "dateOfBirth");
    nothingStored(unit);
  }

  @Test
  void aOneMegabyteStringIsRefusedAndNothingStored() {
    String unit = Api.unit();
    var body = Api.cadre("A".repeat(1 << 20), "MALE", "1968-06-15", unit);
    refused(Api.admin().body(body).post("/api/cadres").then(), "fullName")
        .body("violations[0].in", is("body"))
        .body("violations[0].message", containsString("200"));
    nothingStored(unit);
  }

  @Test
  void aQueryParameterViolationSaysItWasInTheQuery() {
    refused(Api.admin().get("/api/cadres?inSuccessionPlan=maybe").then(), "inSuccessionPlan")
        .body("violations[0].in", is("query"));
    refused(Api.admin().get("/api/cadres?q=" + "a".repeat(201)).then(), "q")
        .body("violations[0].in", is("query"));
    refused(Api.admin().get("/api/committees?term=2015").then(), "term")
        .body("violations[0].in", is("query"));
  }

  @Test
  void aBodyOfTheWrongShapeIsAProblemWithADetail() {
    Api.admin()
        .body("[]")
        .post("/api/cadres")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("object"))
        .body("detail", not(containsString("java")));
    Api.admin()
        .body("[]")
        .put("/api/personnel-plans/1")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("object"));
  }

  @Test
  void pathIdsStartAtOne() {
    refused(Api.admin().get("/api/cadres/0").then(), "id").body("violations[0].in", is("path"));
    refused(Api.admin().get("/api/cadres/1/disciplines/-1").then(), "id")
        .body("violations[0].in", is("path"));
  }

  @Test
  void anIfMatchLongerThanAnyClientSendsIsRefusedInTheHeader() {
    String unit = Api.unit();
    long id = Api.createCadre("Nguyễn Văn Đầu", "MALE", "1968-06-15", unit);
    // tags that would match the current version, but more of them than any client sends
    String tags = String.join(", ", Collections.nCopies(50, "\"0\""));
    refused(
            Api.admin()
                .header("If-Match", tags)
                .body(Api.cadre("Nguyễn Văn Sau", "MALE", "1968-06-15", unit))
                .put("/api/cadres/" + id)
                .then(),
            "If-Match")
        .body("violations[0].in", is("header"));
    Api.admin().get("/api/cadres/" + id).then().body("fullName", is("Nguyễn Văn Đầu"));
  }

  @Test
  void aVettingReportReadsAnAcceptLanguageTooLongToReadAsVietnamese() {
    String unit = Api.unit();
    long cadre = Api.createCadre("Nguyễn Văn Đầu", "MALE", "1968-06-15", unit);
    long committee = Api.createCommittee(unit, "2015-2020", List.of());
    long plan =
        Api.createPlan(Api.plan(committee, "2020-06", List.of(Api.candidate(cadre, "SECRETARY"))));
    Api.admin().post("/api/personnel-plans/" + plan + "/submit").then().statusCode(200);
    Api.admin().post("/api/personnel-plans/" + plan + "/vetting").then().statusCode(200);
    String vetting = "/api/personnel-plans/" + plan + "/vetting";
    Api.admin()
        .header("Accept-Language", "en")
        .get(vetting)
        .then()
        .body("candidates[0].findings[0].detail", containsString("months"));
    Api.admin()
        .header("Accept-Language", "en;q=0.9," + "x".repeat(300))
        .get(vetting + "/summary")
        .then()
        .statusCode(200)
        .body("slate[0].detail", containsString("nữ"));
  }
}
