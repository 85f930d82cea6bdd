package vn.khaosat.cadre.api;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommitteeResourceTest {

  @Test
  void aCommitteeTakesItsLevelFromTheUnitAndListsItsMembersByName() {
    long secretary = Api.createCadre("Nguyễn Văn Bí", "MALE", "1965", "665");
    long member = Api.createCadre("Trần Thị Ủy", "FEMALE", "1975", "665");
    String unit = Api.unit();
    long id =
        Api.createCommittee(
            unit,
            "2015-2020",
            List.of(Api.member(secretary, "SECRETARY"), Api.member(member, "MEMBER")));
    Api.viewer()
        .get("/api/committees/" + id)
        .then()
        .statusCode(200)
        .body("level", is("DISTRICT"))
        .body("termCode", is("2015-2020"))
        .body("members.fullName", contains("Nguyễn Văn Bí", "Trần Thị Ủy"))
        .body("members.role", contains("SECRETARY", "MEMBER"));
    Api.viewer()
        .get("/api/committees?unit=" + unit + "&term=2015-2020")
        .then()
        .body("totalItems", is(1))
        .body("items[0].members.size()", is(2));
  }

  @Test
  void aClosedUnitStillHasCommitteesForTheTermsItLived() {
    Api.createCommittee("665", "2015-2020", List.of());
    Api.admin()
        .body(java.util.Map.of("unitCode", "LATE1", "termCode", "2015-2020"))
        .post("/api/committees")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("unitCode"))
        .body("violations[0].message", containsString("2015-2020"));
  }

  @Test
  void oneCommitteePerUnitAndTerm() {
    String unit = Api.unit();
    Api.createCommittee(unit, "2020-2025", List.of());
    Api.admin()
        .body(java.util.Map.of("unitCode", unit, "termCode", "2020-2025"))
        .post("/api/committees")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }

  @Test
  void updateReplacesTheMembersAndKeepsUnitAndTerm() {
    long a = Api.createCadre("Lò Văn A", "MALE", "1970", "665");
    long b = Api.createCadre("Lò Thị B", "FEMALE", "1972", "665");
    String unit = Api.unit();
    long id =
        Api.createCommittee(
            unit, "2015-2020", List.of(Api.member(a, "SECRETARY"), Api.member(b, "MEMBER")));
    var body =
        java.util.Map.of(
            "unitCode",
            unit,
            "termCode",
            "2015-2020",
            "members",
            List.of(Api.member(b, "DEPUTY_SECRETARY")));
    Api.admin()
        .header("If-Match", "\"0\"")
        .body(body)
        .put("/api/committees/" + id)
        .then()
        .statusCode(200)
        .body("members.fullName", contains("Lò Thị B"))
        .body("members.role", contains("DEPUTY_SECRETARY"));
    Api.admin()
        .header("If-Match", "\"0\"")
        .body(body)
        .put("/api/committees/" + id)
        .then()
        .statusCode(412);
    Api.admin()
        .body(java.util.Map.of("unitCode", unit, "termCode", "2010-2015"))
        .put("/api/committees/" + id)
        .then()
        .statusCode(400)
        .body("violations[0].field", is("termCode"));
  }

  @Test
  void badMembersAndTermsAreRefused() {
    long a = Api.createCadre("Hà Văn C", "MALE", "1970", "665");
    String unit = Api.unit();
    Api.admin()
        .body(
            java.util.Map.of(
                "unitCode",
                unit,
                "termCode",
                "2015-2020",
                "members",
                List.of(Api.member(a, "MEMBER"), Api.member(a, "SECRETARY"))))
        .post("/api/committees")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("members[1].cadreId"));
    Api.admin()
        .body(
            java.util.Map.of(
                "unitCode",
                unit,
                "termCode",
                "2015-2020",
                "members",
                List.of(Api.member(99999999L, "MEMBER"))))
        .post("/api/committees")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("members"))
        .body("violations[0].message", containsString("99999999"));
    for (String term : List.of("2015-2015", "2020-2015", "2015/2020", "2000-2030")) {
      Api.admin()
          .body(java.util.Map.of("unitCode", unit, "termCode", term))
          .post("/api/committees")
          .then()
          .statusCode(400)
          .body("violations[0].field", is("termCode"));
    }
    Api.admin().get("/api/committees?unit=" + unit).then().body("totalItems", is(0));
  }

  @Test
  void theCallersTokenAndRequestIdTravelToIndicatorsService() {
    String unit = Api.unit();
    Api.as("organizer", "67")
        .header("X-Request-Id", "req-committee-1")
        .body(java.util.Map.of("unitCode", unit, "termCode", "2020-2025"))
        .post("/api/committees")
        .then()
        .statusCode(201);
    Indicators.client()
        .verifyThat(
            getRequestedFor(urlPathEqualTo("/api/units/" + unit))
                .withHeader("Authorization", matching("Bearer .+"))
                .withHeader("X-Request-Id", matching("req-committee-1")));
  }

  @Test
  void deletingACommitteeMadeByMistake() {
    String unit = Api.unit();
    long id = Api.createCommittee(unit, "2020-2025", List.of());
    Api.viewer().delete("/api/committees/" + id).then().statusCode(403);
    Api.admin().delete("/api/committees/" + id).then().statusCode(204);
    Api.admin().get("/api/committees/" + id).then().statusCode(404);
  }
}
