package vn.khaosat.survey.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.khaosat.survey.domain.Limits;

/**
 * The examples of issue 10 that concern survey-service, each a 400 problem with a detail that names
 * the value at fault and where it was, and nothing stored.
 */
@QuarkusTest
class InputPolicyTest {

  /** The body of a new session in the host unit {@code unit}, as JSON text with one field raw. */
  private static String sessionWith(String unit, String field, String rawJson) {
    Map<String, Object> body = new HashMap<>(Api.session(unit));
    body.remove(field);
    String json;
    try {
      json = new ObjectMapper().writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return "{\"" + field + "\":" + rawJson + "," + json.substring(1);
  }

  private static ValidatableResponse refused(
      ValidatableResponse response, String field, String in) {
    return response
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", not(emptyOrNullString()))
        .body("violations[0].field", is(field))
        .body("violations[0].in", is(in));
  }

  private static ValidatableResponse post(String json) {
    return Api.admin().body(json).post("/api/surveys").then();
  }

  private static void nothingStoredFor(String unit) {
    Api.admin().get("/api/surveys?unit=" + unit).then().statusCode(200).body("totalItems", is(0));
  }

  @Test
  void aNulOrALoneSurrogateInABodyStringIsRefused() {
    String unit = Api.unit();
    refused(post(sessionWith(unit, "place", "\"Hội trường\\u0000Huyện ủy\"")), "place", "body")
        .body("detail", containsString("place"));
    refused(post(sessionWith(unit, "title", "\"Khảo sát \\ud800\"")), "title", "body");
    refused(post(sessionWith(unit, "hostBody", "\"\\udc00 Ban Thường vụ\"")), "hostBody", "body");
    nothingStoredFor(unit);
  }

  @Test
  void scalarsAreNotCoerced() {
    String unit = Api.unit();
    refused(post(sessionWith(unit, "place", "123")), "place", "body");
    refused(post(sessionWith(unit, "title", "true")), "title", "body");
    // a number for a date-time, and forms that are not ISO-8601 with an offset
    refused(post(sessionWith(unit, "startsAt", "20191128")), "startsAt", "body");
    refused(post(sessionWith(unit, "startsAt", "\"28/11/2019 08:00\"")), "startsAt", "body");
    refused(post(sessionWith(unit, "endsAt", "\"2019-11-28\"")), "endsAt", "body");
    refused(post(sessionWith(unit, "endsAt", "\"0999-11-28T11:30:00+07:00\"")), "endsAt", "body");
    nothingStoredFor(unit);
  }

  @Test
  void aMegabyteStringIsRefusedAndNothingStored() {
    String unit = Api.unit();
    String megabyte = "\"" + "a".repeat(1024 * 1024) + "\"";
    refused(post(sessionWith(unit, "purpose", megabyte)), "purpose", "body")
        .body("violations[0].message", containsString(String.valueOf(Limits.PURPOSE)));
    nothingStoredFor(unit);
  }

  @Test
  void aNulInAQueryFilterIsRefusedAsAQueryParameter() {
    // sent as unit=66%005
    refused(
            Api.viewer().queryParam("unit", "66\u00005").get("/api/surveys").then(),
            "unit",
            "query")
        .body("detail", containsString("unit"));
    refused(
        Api.viewer().queryParam("unit", "66\u00005").get("/api/directives").then(),
        "unit",
        "query");
    refused(Api.viewer().get("/api/surveys?unit=" + "6".repeat(17)).then(), "unit", "query");
  }

  @Test
  void overdueIsTrueOrFalseAndNothingElse() {
    refused(Api.viewer().get("/api/directives?overdue=maybe").then(), "overdue", "query")
        .body("detail", containsString("maybe"));
    refused(Api.viewer().get("/api/directives?overdue=").then(), "overdue", "query");
    refused(Api.viewer().get("/api/directives?overdue=TRUE").then(), "overdue", "query");
    Api.viewer().get("/api/directives?overdue=false").then().statusCode(200);
  }

  @Test
  void aBodyOfTheWrongShapeIsAProblemWithADetail() {
    long[] session = Api.concludedSession(Api.unit());
    long directive = Api.addDirective(session[0], "665", "2020-03-31");
    for (String shape : new String[] {"[]", "\"DONE\"", "12", "null"}) {
      Api.admin()
          .body(shape)
          .patch("/api/directives/" + directive)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("detail", not(emptyOrNullString()))
          .body("status", is(400));
    }
    Api.admin().get("/api/directives/" + directive).then().body("status", is("OPEN"));
  }

  @Test
  void theDossierReadsAcceptLanguageAsEveryProblemDoes() {
    long session = Api.createSession(Api.unit("IDOWN"));
    String path = "/api/surveys/" + session + "/dossier";
    Api.admin().post(path).then().statusCode(201);
    Api.viewer()
        .header("Accept-Language", "en")
        .get(path)
        .then()
        .body("missing[0].message", containsString("does not answer"));
    // garbled or too long: the default language, as for every problem, not a refusal
    for (String garbled : new String[] {"a".repeat(1001), "en;q=abc"}) {
      Api.viewer()
          .header("Accept-Language", garbled)
          .get(path)
          .then()
          .statusCode(200)
          .body("missing[0].message", containsString("không trả lời"));
    }
  }

  @Test
  void anIfMatchLongerThanAnyTagIsRefusedAsAHeader() {
    long session = Api.createSession(Api.unit());
    refused(
            Api.admin()
                .header("If-Match", "\"" + "1".repeat(Limits.IF_MATCH) + "\"")
                .post("/api/surveys/" + session + "/hold")
                .then(),
            "If-Match",
            "header")
        .body("detail", containsString("If-Match"));
    Api.viewer().get("/api/surveys/" + session).then().body("status", is("PLANNED"));
  }
}
