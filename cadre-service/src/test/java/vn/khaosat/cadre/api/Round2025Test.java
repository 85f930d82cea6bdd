package vn.khaosat.cadre.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 2025-2030 round out of the box: a plan under the seeded CT45-2025 takes its month from the
 * set and its committee's level, and is vetted at the Directive's cut-offs.
 */
@QuarkusTest
class Round2025Test {

  static Map<String, Object> plan(long committee, List<Map<String, Object>> candidates) {
    Map<String, Object> body = new HashMap<>();
    body.put("committeeId", committee);
    body.put("ruleSetCode", "CT45-2025");
    body.put("candidates", candidates);
    return body;
  }

  /** Assets declared for the year before the congress, as the asset rule asks in 2025. */
  static Map<String, Object> declared2024(Map<String, Object> cadre) {
    cadre.put("assetDeclarationYears", List.of(2023, 2024));
    return cadre;
  }

  @Test
  void theSeededSetCarriesTheDirectivesMonthsRoadmapAndSources() {
    Api.viewer()
        .get("/api/rule-sets/CT45-2025")
        .then()
        .statusCode(200)
        .body("effectiveFrom", is("2025-04-14"))
        .body("supersedesCode", is("CT35-2019"))
        .body("referenceMonths.PROVINCE", is("2025-09"))
        .body("referenceMonths.COMMUNE_UNDER_PROVINCE", is("2025-07"))
        .body("referenceMonths.DISTRICT", is("2025-06"))
        .body("referenceMonths.COMMUNE", is("2025-04"))
        .body("rules.size()", is(12))
        .body("rules[0].parameters.minMonthsReElection", is("48"))
        .body("rules[0].parameters.retirementRoadmapMale", is("2021:60y3m:3:62y"))
        .body("rules[0].parameters.retirementRoadmapFemale", is("2021:55y4m:4:60y"))
        .body("rules[0].source", containsString("45-CT/TW"))
        .body("rules.find { it.kind == 'SLATE_SIZE' }.parameters.maxPercentOfPrevious", is("100"))
        .body("rules.find { it.kind == 'WOMEN_SHARE' }.source", containsString("CT35-2019"));
    // the set of 2019 fixes no month: its plans give theirs
    Api.viewer().get("/api/rule-sets/CT35-2019").then().body("referenceMonths.size()", is(0));
  }

  @Test
  void aCommunePlanFor2025To2030IsVettedInJuly2025WithoutAMonthGiven() {
    String unit = "XA" + Api.unit();
    // sitting members stand again: 48 months needed; newcomers: 60 (see Ct45CutOffsTest)
    long manAgain = Api.createCadre("Nguyễn Văn Tái", "MALE", "1967-07", unit);
    long womanAgain = Api.createCadre("Trần Thị Tái", "FEMALE", "1971-06", unit);
    long man = Api.createCadre("Lê Văn Mới", "MALE", "1968-07", unit);
    long manLate = Api.createCadre("Phạm Văn Muộn", "MALE", "1968-06", unit);
    long woman = Api.createCadre("Hoàng Thị Mới", "FEMALE", "1972-03", unit);
    long womanLate = Api.createCadre("Vũ Thị Muộn", "FEMALE", "1972-02", unit);
    long committee =
        Api.createCommittee(
            unit,
            "2020-2025",
            List.of(Api.member(manAgain, "MEMBER"), Api.member(womanAgain, "MEMBER")));
    Api.viewer()
        .get("/api/committees/" + committee)
        .then()
        .body("level", is("COMMUNE_UNDER_PROVINCE"));

    long plan =
        Api.createPlan(
            plan(
                committee,
                List.of(
                    Api.candidate(manAgain, "MEMBER"),
                    Api.candidate(womanAgain, "MEMBER"),
                    Api.candidate(man, "MEMBER"),
                    Api.candidate(manLate, "MEMBER"),
                    Api.candidate(woman, "MEMBER"),
                    Api.candidate(womanLate, "MEMBER"))));
    Api.viewer()
        .get("/api/personnel-plans/" + plan)
        .then()
        .body("termCode", is("2025-2030"))
        .body("ruleSetCode", is("CT45-2025"))
        .body("referenceMonth", is("2025-07"));
    Api.admin().post("/api/personnel-plans/" + plan + "/submit").then().statusCode(200);
    JsonPath report =
        Api.admin()
            .post("/api/personnel-plans/" + plan + "/vetting")
            .then()
            .statusCode(200)
            .body("ruleSetCode", is("CT45-2025"))
            .body("candidates.reElection", contains(true, true, false, false, false, false))
            .extract()
            .jsonPath();
    String age = "candidates.collect { it.findings.find { f -> f.kind == 'AGE' } }";
    assertThat(
        report.getList(age + ".outcome"),
        contains("PASSED", "FAILED", "PASSED", "FAILED", "PASSED", "FAILED"));
    assertThat(report.getList(age + ".figures.monthsLeft"), contains(48, 47, 60, 59, 60, 59));
    assertThat(
        report.getList(age + ".figures.retirementMonth"),
        contains("2029-07", "2029-06", "2030-07", "2030-06", "2030-07", "2030-06"));
    assertThat(
        report.getString("candidates[1].findings.find { it.kind == 'AGE' }.detail"),
        is("Còn 47 tháng công tác < 48 tháng"));
    // six seats for a sitting committee of two: more than the 100 % the Directive keeps
    assertThat(report.getString("slate.find { it.kind == 'SLATE_SIZE' }.outcome"), is("FAILED"));
    assertThat(
        report.getString("slate.find { it.kind == 'SLATE_SIZE' }.figures.maxPercent"), is("100"));
  }

  @Test
  void aProvincePlanTakesSeptemberAndASittingCommitteeWithNoMembersOnlyInforms() {
    String unit = "TINH" + Api.unit();
    long man = Api.createCadre(declared2024(Api.cadre("Đỗ Văn Tỉnh", "MALE", "1968-09", unit)));
    long woman = Api.createCadre(declared2024(Api.cadre("Đỗ Thị Tỉnh", "FEMALE", "1972-04", unit)));
    long committee = Api.createCommittee(unit, "2020-2025", List.of());
    long plan =
        Api.createPlan(
            plan(committee, List.of(Api.candidate(man, "MEMBER"), Api.candidate(woman, "MEMBER"))));
    Api.admin().post("/api/personnel-plans/" + plan + "/submit").then().statusCode(200);
    Api.admin()
        .post("/api/personnel-plans/" + plan + "/vetting")
        .then()
        .statusCode(200)
        .body("candidates[0].findings.find { it.kind == 'AGE' }.figures.monthsLeft", is(60))
        .body("candidates[1].findings.find { it.kind == 'AGE' }.figures.monthsLeft", is(59))
        .body("candidates.verdict", contains("ELIGIBLE", "NOT_ELIGIBLE"))
        .body("slate.find { it.kind == 'SLATE_SIZE' }.outcome", is("NOT_APPLICABLE"))
        .body("slate.find { it.kind == 'SLATE_SIZE' }.severity", is("INFO"))
        .body(
            "slate.find { it.kind == 'SLATE_SIZE' }.detail", containsString("chưa có ủy viên nào"))
        // one warning, no one under 40; the size, once "2 vượt quá 0", adds none
        .body("summary.warnings", is(1))
        .body("slate.find { it.kind == 'YOUTH_SHARE' }.outcome", is("FAILED"));
    Api.viewer().get("/api/personnel-plans/" + plan).then().body("referenceMonth", is("2025-09"));
  }

  @ParameterizedTest(name = "{0}: {1}, {2}")
  @CsvSource({
    // a district (the level directly above grassroots) and a commune under it (grassroots)
    "D, DISTRICT, 2025-06",
    "XAH, COMMUNE, 2025-04",
    "XA, COMMUNE_UNDER_PROVINCE, 2025-07",
    "TINH, PROVINCE, 2025-09"
  })
  void eachLevelHasItsCongressMonth(String prefix, String level, String month) {
    String unit = prefix + Api.unit();
    long cadre = Api.createCadre("Cán bộ " + unit, "MALE", "1980", unit);
    long committee = Api.createCommittee(unit, "2020-2025", List.of());
    Api.viewer().get("/api/committees/" + committee).then().body("level", is(level));
    long plan = Api.createPlan(plan(committee, List.of(Api.candidate(cadre, "MEMBER"))));
    Api.viewer().get("/api/personnel-plans/" + plan).then().body("referenceMonth", is(month));
    Api.viewer()
        .get("/api/committees?level=" + level + "&unit=" + unit)
        .then()
        .body("totalItems", is(1));
  }

  @Test
  void aMonthGivenWinsAndASetWithoutMonthsNeedsOne() {
    String unit = "XA" + Api.unit();
    long cadre = Api.createCadre("Lò Văn Tháng", "MALE", "1980", unit);
    long committee = Api.createCommittee(unit, "2020-2025", List.of());
    var body = plan(committee, List.of(Api.candidate(cadre, "MEMBER")));
    body.put("referenceMonth", "2025-08");
    long plan = Api.createPlan(body);
    Api.viewer().get("/api/personnel-plans/" + plan).then().body("referenceMonth", is("2025-08"));

    body.remove("referenceMonth");
    body.put("ruleSetCode", "CT35-2019");
    Api.admin()
        .body(body)
        .post("/api/personnel-plans")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", is("referenceMonth"))
        .body("violations[0].message", containsString("CT35-2019"));
    Api.admin()
        .header("Accept-Language", "en")
        .body(body)
        .post("/api/personnel-plans")
        .then()
        .statusCode(400)
        .body("violations[0].message", containsString("fixes no month"));
    Api.viewer()
        .get("/api/personnel-plans?committee=" + committee)
        .then()
        .body("totalItems", is(1))
        .body("items.ruleSetCode", hasItem("CT45-2025"));
  }
}
