package vn.khaosat.survey.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.khaosat.survey.UpstreamWireMock;

@QuarkusTest
class SessionResourceTest {

  @Inject CircuitBreakerMaintenance circuitBreakers;

  @BeforeEach
  @AfterEach
  void closeTheCircuits() {
    circuitBreakers.resetAll();
  }

  @Test
  void aSessionIsCreatedPlannedWithTheUnitNameFromIndicators() {
    String location =
        Api.as("secretary", "665")
            .body(Api.session("665"))
            .post("/api/surveys")
            .then()
            .statusCode(201)
            .header("ETag", notNullValue())
            .body("status", is("PLANNED"))
            .body("hostUnitName", is("Huyện Đắk Song"))
            .body("participants.size()", is(0))
            .extract()
            .header("Location");
    Api.viewer()
        .get(location)
        .then()
        .statusCode(200)
        .body("startsAt", is("2019-11-28T08:00:00+07:00"))
        .body("plannedTerm", is("2020-2025"));
  }

  @Test
  void badFieldsAreNamed() {
    Api.admin()
        .body(Map.of("title", "x"))
        .post("/api/surveys")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("hostUnitCode"))
        .body("violations.field", hasItem("startsAt"))
        .body("violations.field", hasItem("leadingBody"));
    Map<String, Object> badTerm = Api.session(Api.unit());
    badTerm.put("reviewedTerm", "2015-2050");
    Api.admin()
        .body(badTerm)
        .post("/api/surveys")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("reviewedTerm"));
    Map<String, Object> gap = Api.session(Api.unit());
    gap.put("plannedTerm", "2021-2026");
    Api.admin()
        .body(gap)
        .post("/api/surveys")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("plannedTerm"))
        .body("violations[0].message", containsString("2015-2020"));
    Map<String, Object> backwards = Api.session(Api.unit());
    backwards.put("endsAt", "2019-11-28T07:00:00+07:00");
    Api.admin()
        .body(backwards)
        .post("/api/surveys")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("endsAt"));
  }

  @Test
  void anUnknownUnitIs400AndIndicatorsDownIs503WithNothingSaved() {
    Api.admin()
        .body(Api.session("MISSING9"))
        .post("/api/surveys")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("hostUnitCode"));
    Api.admin()
        .body(Api.session("UDOWN1"))
        .post("/api/surveys")
        .then()
        .statusCode(503)
        .body("detail", containsString("indicators-service"));
    Api.viewer().get("/api/surveys?unit=UDOWN1").then().body("totalItems", is(0));
  }

  @Test
  void writesNeedSecretaryOrAdminForTheHostUnit() {
    String unit = Api.unit();
    Api.viewer().body(Api.session(unit)).post("/api/surveys").then().statusCode(403);
    Api.as("secretary", "999").body(Api.session(unit)).post("/api/surveys").then().statusCode(403);
    // a secretary of the province writes for its districts
    Api.as("secretary", "67").body(Api.session(unit)).post("/api/surveys").then().statusCode(201);
    Api.as("organizer", unit).body(Api.session(unit)).post("/api/surveys").then().statusCode(403);
    io.restassured.RestAssured.given().get("/api/surveys").then().statusCode(401);
  }

  @Test
  void theListFiltersByUnitDaysAndStatus() {
    String unit = Api.unit();
    long first = Api.createSession(unit);
    Map<String, Object> later = Api.session(unit);
    later.put("startsAt", "2019-12-05T08:00:00+07:00");
    later.put("endsAt", null);
    long second =
        Api.admin()
            .body(later)
            .post("/api/surveys")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    Api.admin().post("/api/surveys/" + second + "/hold").then().statusCode(200);
    String base = "/api/surveys?unit=" + unit;
    Api.viewer()
        .get(base)
        .then()
        .body("totalItems", is(2))
        .body("items.id", contains((int) second, (int) first));
    Api.viewer()
        .get(base + "&from=2019-11-28&to=2019-11-28")
        .then()
        .body("items.id", contains((int) first));
    Api.viewer().get(base + "&status=HELD").then().body("items.id", contains((int) second));
    Api.viewer().get(base + "&from=2019-12-01&to=2019-11-01").then().statusCode(400);
    Api.viewer().get(base + "&status=DONE").then().statusCode(400);
    Api.viewer().get(base + "&size=500").then().statusCode(400);
  }

  @Test
  void updatesHonourIfMatchAndKeepTheHostUnit() {
    String unit = Api.unit();
    long id = Api.createSession(unit);
    Map<String, Object> body = Api.session(unit);
    body.put("place", "Hội trường UBND huyện");
    Api.admin()
        .header("If-Match", "\"0\"")
        .body(body)
        .put("/api/surveys/" + id)
        .then()
        .statusCode(200)
        .header("ETag", Api.datedTag(1))
        .body("place", is("Hội trường UBND huyện"));
    Api.admin()
        .header("If-Match", "\"0\"")
        .body(body)
        .put("/api/surveys/" + id)
        .then()
        .statusCode(412);
    body.put("hostUnitCode", "665");
    Api.admin().body(body).put("/api/surveys/" + id).then().statusCode(400);
    Api.admin().body(body).put("/api/surveys/999999").then().statusCode(404);
  }

  @Test
  void scopeChecksGoOnFromTheCachedUnitTreeWhileIndicatorsIsDown() {
    String unit = Api.unit();
    long session =
        Api.as("secretary", "67")
            .body(Api.session(unit))
            .post("/api/surveys")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    WireMock indicators = UpstreamWireMock.indicatorsClient();
    StubMapping down =
        indicators.register(
            WireMock.get(WireMock.urlPathMatching("/api/units/.*/ancestors"))
                .atPriority(1)
                .willReturn(WireMock.aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    try {
      Api.as("secretary", "67")
          .body(Map.of("fullName", "Khách", "role", "GUEST"))
          .post("/api/surveys/" + session + "/participants")
          .then()
          .statusCode(201);
      // a unit never seen cannot be placed in the tree: refused, nothing saved
      String unseen = Api.unit();
      Api.as("secretary", "67")
          .body(Api.session(unseen))
          .post("/api/surveys")
          .then()
          .statusCode(503);
    } finally {
      indicators.removeStubMapping(down);
    }
  }
}
