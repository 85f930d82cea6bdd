package vn.khaosat.cadre.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every list the API takes has a documented bound, and one past it is a 400 naming the list, with
 * nothing stored: posts, declaration years, committee members and candidates. A cadre keeps at most
 * 100 disciplinary records, so that the list of them is bounded too.
 */
@QuarkusTest
class ListBoundsTest {

  private static void tooMany(String path, Object body, String field) {
    Api.admin()
        .body(body)
        .post(path)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", is(field))
        .body("violations[0].in", is("body"))
        .body("detail", containsString(field));
  }

  @Test
  void aCadreTakesTwentyPostsAndEightyDeclarationYears() {
    String unit = Api.unit();
    var body = Api.cadre("Nguyễn Văn Nhiều", "MALE", "1968-06-15", unit);
    body.put("posts", Collections.nCopies(21, Map.of("title", "Ủy viên")));
    tooMany("/api/cadres", body, "posts");
    body.remove("posts");
    List<Integer> years = new ArrayList<>();
    for (int year = 1990; years.size() < 81; year++) {
      years.add(year % 100 + 1990);
    }
    body.put("assetDeclarationYears", years);
    tooMany("/api/cadres", body, "assetDeclarationYears");
    Api.admin().get("/api/cadres?unit=" + unit).then().body("totalItems", is(0));
  }

  @Test
  void aDeclarationYearTwiceIsRefusedNotMerged() {
    String unit = Api.unit();
    var body = Api.cadre("Nguyễn Văn Hai", "MALE", "1968-06-15", unit);
    body.put("assetDeclarationYears", List.of(2018, 2019, 2018));
    Api.admin()
        .body(body)
        .post("/api/cadres")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("assetDeclarationYears[2]"))
        .body("detail", containsString("2018"));
    Api.admin().get("/api/cadres?unit=" + unit).then().body("totalItems", is(0));
  }

  @Test
  void aCommitteeTakesTwoHundredMembersAndAPlanFiveHundredCandidates() {
    String unit = Api.unit();
    List<Map<String, Object>> members = new ArrayList<>();
    List<Map<String, Object>> candidates = new ArrayList<>();
    for (int i = 1; i <= 501; i++) {
      members.add(Api.member(i, "MEMBER"));
      candidates.add(Api.candidate(i, "MEMBER"));
    }
    tooMany(
        "/api/committees",
        Map.of("unitCode", unit, "termCode", "2015-2020", "members", members.subList(0, 201)),
        "members");
    Api.admin().get("/api/committees?unit=" + unit).then().body("totalItems", is(0));
    long committee = Api.createCommittee(unit, "2015-2020", List.of());
    tooMany("/api/personnel-plans", Api.plan(committee, "2020-06", candidates), "candidates");
    Api.admin().get("/api/personnel-plans?committee=" + committee).then().body("totalItems", is(0));
  }

  @Test
  void aCadreKeepsAHundredDisciplinaryRecords() {
    String unit = Api.unit();
    long cadre = Api.createCadre("Nguyễn Văn Kỷ", "MALE", "1968-06-15", unit);
    for (int i = 0; i < 100; i++) {
      Api.createDiscipline(cadre, "2012-03-12");
    }
    Api.admin()
        .body(Map.of("form", "REPRIMAND", "decidedOn", "2012-03-12"))
        .post("/api/cadres/" + cadre + "/disciplines")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("100"));
    Api.admin()
        .get("/api/cadres/" + cadre + "/disciplines")
        .then()
        .statusCode(200)
        .body("size()", is(100));
  }
}
