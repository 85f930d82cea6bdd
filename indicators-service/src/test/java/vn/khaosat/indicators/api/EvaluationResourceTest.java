package vn.khaosat.indicators.api;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Đắk Song story of the seed report: budget revenue, poor households, economic structure. */
@QuarkusTest
class EvaluationResourceTest {

  @org.junit.jupiter.api.BeforeAll
  static void numbersAsDoubles() {
    io.restassured.RestAssured.config =
        io.restassured.RestAssured.config()
            .jsonConfig(
                io.restassured.config.JsonConfig.jsonConfig()
                    .numberReturnType(
                        io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE));
  }

  @org.junit.jupiter.api.AfterAll
  static void numbersAsBefore() {
    io.restassured.RestAssured.config = io.restassured.config.RestAssuredConfig.config();
  }

  private static final String TERM = "2015-2020";

  /** Budget revenue at 100 in 2015 reaching 137.3 % of it in 2019. */
  private static String budget(String unit) {
    String budget = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    Api.figure(budget, unit, 2015, "OFFICIAL", "100");
    Api.figure(budget, unit, 2016, "OFFICIAL", "110");
    Api.figure(budget, unit, 2017, "OFFICIAL", "118");
    Api.figure(budget, unit, 2018, "OFFICIAL", "128");
    Api.figure(budget, unit, 2019, "OFFICIAL", "137.3");
    return budget;
  }

  @Test
  void averageGrowthIsGeometricAndAQuotedEightPointEightDrawsAWarning() {
    String unit = Api.openDistrict();
    String budget = budget(unit);
    long resolution = Api.resolution(unit, TERM);
    long id = Api.target(resolution, budget, "AVERAGE_GROWTH", "AT_LEAST", 8);
    Api.viewer()
        .get("/api/targets/{id}/evaluation?year=2019&reported=8.8", id)
        .then()
        .statusCode(200)
        .body("status", is("EXCEEDED"))
        .body("statusLabel", is("Vượt"))
        .body("actual", is(8.25))
        .body("target", is(8.0))
        .body("inputs.year", hasItem(2015))
        .body("inputs.year", hasItem(2019))
        .body("explanation", containsString("8,25"))
        .body("warnings.code", hasItem("REPORTED_AVERAGE_MISMATCH"));
    Api.viewer()
        .get("/api/targets/{id}/evaluation?year=2019&reported=8.3", id)
        .then()
        .body("warnings.code", not(hasItem("REPORTED_AVERAGE_MISMATCH")));
    Api.viewer()
        .header("Accept-Language", "en")
        .get("/api/targets/{id}/evaluation?year=2019", id)
        .then()
        .body("statusLabel", is("Exceeded"))
        .body("statusLabelVi", is("Vượt"))
        .body("explanation", containsString("8.25"));
  }

  @Test
  void aRunningTermSplitsNotYetMetFromNotMetByTheBestYearlyRate() {
    String unit = Api.openDistrict();
    String budget = budget(unit);
    long resolution = Api.resolution(unit, TERM);
    // best yearly growth so far: 10 % (2016); 8.5 %/year over 2016-2020 needs 9.52 % in 2020, 9 %
    // needs 12.06 %
    long reachable = Api.target(resolution, budget, "AVERAGE_GROWTH", "AT_LEAST", 8.5);
    long unreachable = Api.target(resolution, budget, "AVERAGE_GROWTH", "AT_LEAST", 9);
    Api.viewer()
        .get("/api/targets/{id}/evaluation?year=2019", reachable)
        .then()
        .body("status", is("NOT_YET_MET"))
        .body("projection.bestYearlyRate", is(10.0))
        .body("projection.bestYear", is(2016));
    Api.viewer()
        .get("/api/targets/{id}/evaluation?year=2019", unreachable)
        .then()
        .body("status", is("NOT_MET"));
    // the same shortfall once the term is over is simply not met
    Api.figure(budget, unit, 2020, "OFFICIAL", "140");
    Api.viewer()
        .get("/api/targets/{id}/evaluation?year=2020", reachable)
        .then()
        .body("status", is("NOT_MET"));
  }

  @Test
  void missingFiguresGiveNoDataNeverZero() {
    String unit = Api.openDistrict();
    String empty = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    long id = Api.target(Api.resolution(unit, TERM), empty, "LEVEL", "AT_LEAST", 44);
    Api.viewer()
        .get("/api/targets/{id}/evaluation?year=2019", id)
        .then()
        .body("status", is("NO_DATA"))
        .body("reason", containsString("MISSING"))
        .body("actual", nullValue())
        .body("achievementRatio", nullValue());
  }

  @Test
  void theOfficialFigureWinsAndADifferingEstimateIsFlagged() {
    String unit = Api.openDistrict();
    String income = Api.indicator("HIGHER_IS_BETTER", 0, "triệu đồng/người/năm");
    Api.figure(income, unit, 2019, "ESTIMATE", "44");
    Api.figure(income, unit, 2019, "OFFICIAL", "43.6");
    long id = Api.target(Api.resolution(unit, TERM), income, "LEVEL", "AT_LEAST", 44);
    Api.viewer()
        .get("/api/targets/{id}/evaluation?year=2019", id)
        .then()
        .body("inputs[0].status", is("OFFICIAL"))
        .body("actual", is(44)) // 43.6 rounds to the published 44: met, not exceeded
        .body("status", is("MET"))
        .body("warnings.code", hasItem("ESTIMATE_WHERE_OFFICIAL_EXISTS"));
  }

  @Test
  void aYearOutsideTheTermIs400AndAnUnknownTarget404() {
    String unit = Api.openDistrict();
    long id = Api.target(Api.resolution(unit, TERM), budget(unit), "LEVEL", "AT_LEAST", 1);
    Api.viewer()
        .get("/api/targets/{id}/evaluation?year=2015", id)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    Api.viewer().get("/api/targets/{id}/evaluation?year=2021", id).then().statusCode(400);
    Api.viewer().get("/api/targets/{id}/evaluation", id).then().statusCode(400);
    Api.viewer().get("/api/targets/999999/evaluation?year=2019").then().statusCode(404);
  }

  @Test
  void theScorecardEvaluatesEveryTargetAndCountsThem() {
    String unit = Api.openDistrict();
    String budget = budget(unit);
    String poor = Api.povertyIndicator(unit);
    String[] structure = structure(unit, "21.7");
    long resolution = Api.resolution(unit, TERM);
    Api.target(resolution, budget, "AVERAGE_GROWTH", "AT_LEAST", 8); // exceeded
    Api.target(resolution, budget, "AVERAGE_GROWTH", "AT_LEAST", 9); // not met
    Api.target(resolution, budget, "AVERAGE_GROWTH", "AT_LEAST", 8.5); // not yet met
    Api.target(resolution, poor, "AVERAGE_RELATIVE_REDUCTION", "AT_LEAST", 14); // 14.81: exceeded
    Api.target(resolution, structure[0], "SHARE", "AT_MOST", 60); // 58.6: exceeded
    Api.target(
        resolution, Api.indicator("HIGHER_IS_BETTER", 1, "%"), "LEVEL", "AT_LEAST", 1); // no data
    Api.viewer()
        .get("/api/scorecards?unit={u}&term={t}&year=2019", unit, TERM)
        .then()
        .statusCode(200)
        .body("totalTargets", is(6))
        .body("counts.EXCEEDED", is(3))
        .body("counts.NOT_MET", is(1))
        .body("counts.NOT_YET_MET", is(1))
        .body("counts.NO_DATA", is(1))
        .body("summary", containsString("3/6 vượt"))
        .body("targets[3].actual", closeTo(14.81, 0.001))
        .body("warnings.code", not(hasItem("SHARES_DO_NOT_ADD_UP")));
  }

  @Test
  void sharesThatDoNotAddUpDrawAWarning() {
    String unit = Api.openDistrict();
    String[] structure = structure(unit, "22.7");
    Api.target(Api.resolution(unit, TERM), structure[0], "SHARE", "AT_MOST", 60);
    Api.viewer()
        .get("/api/scorecards?unit={u}&term={t}&year=2019", unit, TERM)
        .then()
        .body("warnings.code", hasItem("SHARES_DO_NOT_ADD_UP"))
        .body("warnings.find { it.code == 'SHARES_DO_NOT_ADD_UP' }.message", containsString("101"));
  }

  @Test
  void theScorecardRefusesUnknownUnitsAndTerms() {
    Api.viewer()
        .get("/api/scorecards?unit=NOPE&term=2015-2020&year=2019")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("unit"));
    Api.viewer()
        .get("/api/scorecards?unit=665&term=1900-1905&year=1901")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("term"));
  }

  @Test
  void measuresAreComputedOnTheirOwn() {
    String unit = Api.openDistrict();
    String budget = budget(unit);
    Api.viewer()
        .get(
            "/api/measures?indicator={i}&unit={u}&measure=AVERAGE_GROWTH&year=2019&baseYear=2015&reported=8.8",
            budget,
            unit)
        .then()
        .statusCode(200)
        .body("value", closeTo(8.25, 0.00001)) // 8.2474…, shown with 2 decimals
        .body("inputs.size()", is(2))
        .body("warnings.code", hasItem("REPORTED_AVERAGE_MISMATCH"));
    Api.viewer()
        .get(
            "/api/measures?indicator={i}&unit={u}&measure=INDEX_TO_BASE&year=2019&baseYear=2015",
            budget,
            unit)
        .then()
        .body("value", closeTo(137.3, 0.0001));
    Api.viewer()
        .get(
            "/api/measures?indicator={i}&unit={u}&measure=MEAN_OF_YEARLY_RATES&year=2019&baseYear=2015",
            budget,
            unit)
        .then()
        .body("value", closeTo(8.25, 0.00001)); // 8.2532…
    Api.viewer()
        .get("/api/measures?indicator={i}&unit={u}&measure=LEVEL&year=2014", budget, unit)
        .then()
        .body("value", nullValue())
        .body("missingReason", containsString("MISSING"));
  }

  @Test
  void measuresRefuseMissingParameters() {
    String unit = Api.openDistrict();
    String budget = budget(unit);
    Api.viewer()
        .get("/api/measures?indicator={i}&unit={u}&measure=AVERAGE_GROWTH&year=2019", budget, unit)
        .then()
        .statusCode(400)
        .body("violations[0].field", is("baseYear"));
    Api.viewer()
        .get("/api/measures?indicator={i}&unit={u}&measure=RATIO_TO_UNIT&year=2019", budget, unit)
        .then()
        .statusCode(400)
        .body("violations[0].field", is("referenceUnit"));
    Api.viewer()
        .get("/api/measures?indicator=NOPE&unit={u}&measure=LEVEL&year=2019", unit)
        .then()
        .statusCode(400)
        .body("violations[0].field", is("indicator"));
    Api.viewer()
        .get("/api/measures?indicator={i}&unit={u}&year=2019", budget, unit)
        .then()
        .statusCode(400)
        .body("violations[0].field", is("measure"));
  }

  @Test
  void aRatioToTheProvinceUsesTheReferenceUnit() {
    String district = Api.openDistrict();
    String province =
        Api.viewer().get("/api/units/{c}", district).jsonPath().getString("parentCode");
    String income = Api.indicator("HIGHER_IS_BETTER", 1, "triệu đồng");
    Api.figure(income, district, 2019, "OFFICIAL", "44");
    Api.figure(income, province, 2019, "OFFICIAL", "55");
    Api.viewer()
        .get(
            "/api/measures?indicator={i}&unit={u}&measure=RATIO_TO_UNIT&year=2019&referenceUnit={p}",
            income,
            district,
            province)
        .then()
        .body("value", closeTo(80, 0.0001));
  }

  @Test
  void aShareIsTakenOfTheTotalNamedByPartOf() {
    String unit = Api.openDistrict();
    String total = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    String agriculture = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    Api.figure(total, unit, 2019, "OFFICIAL", "5000");
    Api.figure(agriculture, unit, 2019, "OFFICIAL", "2930");
    Api.viewer()
        .get(
            "/api/measures?indicator={i}&unit={u}&measure=SHARE&year=2019&partOf={t}",
            agriculture,
            unit,
            total)
        .then()
        .statusCode(200)
        .body("value", closeTo(58.6, 0.0001))
        .body("partOfCode", is(total))
        .body("inputs.size()", is(2));
    Api.viewer()
        .get(
            "/api/measures?indicator={i}&unit={u}&measure=SHARE&year=2019&partOf=NOPE",
            agriculture,
            unit)
        .then()
        .statusCode(400)
        .body("violations[0].field", is("partOf"));
  }

  /** Agriculture, industry-construction and services shares of the economy in 2019. */
  private static String[] structure(String unit, String services) {
    String group = Api.unique("STRUCT");
    String[] codes = new String[3];
    String[] values = {"58.6", "19.7", services};
    for (int i = 0; i < 3; i++) {
      codes[i] = Api.unique("SHARE");
      Api.admin()
          .body(
              Map.of(
                  "code",
                  codes[i],
                  "name",
                  "Tỷ trọng " + i,
                  "unitOfMeasure",
                  "%",
                  "direction",
                  i == 0 ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER",
                  "priceBasis",
                  "CURRENT",
                  "decimals",
                  1,
                  "structureGroup",
                  group))
          .post("/api/indicators")
          .then()
          .statusCode(201);
      Api.figure(codes[i], unit, 2019, "OFFICIAL", values[i]);
    }
    return codes;
  }
}
