package vn.khaosat.indicators.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ObservationCsvTest {

  private static final String HEADER =
      "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS,SOURCE\n";

  private static RequestSpecification csv(RequestSpecification spec, String body) {
    return spec.contentType("text/csv; charset=UTF-8").body(body);
  }

  private static String lines(String indicator, String unit) {
    return HEADER
        + indicator
        + ","
        + unit
        + ",2015,100,OFFICIAL,Cục Thống kê\n"
        + indicator
        + ","
        + unit
        + ",2016,110,A,Cục Thống kê\n"
        + indicator
        + ","
        + unit
        + ",2019,137.3,E,\"Báo cáo, ước\"\n";
  }

  @Test
  void aDryRunCountsAndStoresNothing() {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    String unit = Api.openDistrict();
    csv(Api.admin(), lines(indicator, unit))
        .post("/api/observations/import")
        .then()
        .statusCode(200)
        .body("dryRun", is(true))
        .body("committed", is(false))
        .body("rows", is(3))
        .body("imported", is(3))
        .body("conflicts", hasSize(0));
    Api.viewer().get("/api/observations?indicator={i}", indicator).then().body("totalItems", is(0));
  }

  @Test
  void aCommitStoresAndAReimportCountsUnchangedAndUpdated() {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    String unit = Api.openDistrict();
    csv(Api.admin(), lines(indicator, unit))
        .post("/api/observations/import?dryRun=false")
        .then()
        .statusCode(200)
        .body("committed", is(true))
        .body("imported", is(3));
    Api.viewer()
        .get("/api/observations?indicator={i}", indicator)
        .then()
        .body("items.status", contains("OFFICIAL", "OFFICIAL", "ESTIMATE"))
        .body("items[2].source", is("Báo cáo, ước"));
    String again = lines(indicator, unit).replace(",2019,137.3,", ",2019,137.5,");
    csv(Api.admin(), again)
        .post("/api/observations/import?dryRun=false")
        .then()
        .statusCode(200)
        .body("imported", is(0))
        .body("updated", is(1))
        .body("unchanged", is(2));
  }

  @Test
  void oneBadLineAmongGoodOnesRefusesTheWholeFile() {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    String unit = Api.openDistrict();
    String body =
        lines(indicator, unit)
            + indicator
            + ",NO_SUCH_UNIT,2017,1,OFFICIAL,x\n"
            + indicator
            + ","
            + unit
            + ",20x7,1,OFFICIAL,x\n"
            + indicator
            + ","
            + unit
            + ",2017,1;5,OFFICIAL,x\n"
            + indicator
            + ","
            + unit
            + ",2017,1,MAYBE,x\n"
            + indicator
            + ","
            + unit
            + ",2015,100,OFFICIAL,Cục Thống kê\n";
    csv(Api.admin(), body)
        .post("/api/observations/import?dryRun=false")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("summary.committed", is(false))
        .body("summary.conflicts.row", contains(5, 6, 7, 8, 9))
        .body(
            "summary.conflicts.column",
            contains("REF_AREA", "TIME_PERIOD", "OBS_VALUE", "OBS_STATUS", null))
        .body("summary.conflicts[4].reason", containsString("2"));
    Api.viewer().get("/api/observations?indicator={i}", indicator).then().body("totalItems", is(0));
  }

  @Test
  void conflictsSpeakTheCallersLanguage() {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    csv(
            Api.admin().header("Accept-Language", "en"),
            HEADER + indicator + ",NOPE,2017,1,OFFICIAL,x\n")
        .post("/api/observations/import")
        .then()
        .statusCode(200)
        .body("conflicts[0].reason", is("No unit has code NOPE."));
  }

  @Test
  void aClosedUnitTakesNoLaterFiguresByImportEither() {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    csv(
            Api.admin(),
            HEADER
                + indicator
                + ",665,2019,1,OFFICIAL,x\n"
                + indicator
                + ",665,2026,1,OFFICIAL,x\n")
        .post("/api/observations/import")
        .then()
        .statusCode(200)
        .body("imported", is(1))
        .body("conflicts.row", contains(3));
  }

  @Test
  void aStatisticianImportsOnlyForItsUnits() {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    String mine = Api.openDistrict();
    String other = Api.openDistrict();
    csv(
            Api.statistician(mine),
            HEADER
                + indicator
                + ","
                + mine
                + ",2019,1,OFFICIAL,x\n"
                + indicator
                + ","
                + other
                + ",2019,1,OFFICIAL,x\n")
        .post("/api/observations/import")
        .then()
        .statusCode(200)
        .body("conflicts.row", contains(3))
        .body("conflicts[0].reason", containsString(other));
    csv(Api.viewer(), HEADER).post("/api/observations/import").then().statusCode(403);
  }

  @Test
  void malformedFilesAre400() {
    csv(Api.admin(), "")
        .post("/api/observations/import")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    csv(Api.admin(), "INDICATOR,REF_AREA\nX,Y\n")
        .post("/api/observations/import")
        .then()
        .statusCode(400)
        .body("detail", containsString("TIME_PERIOD"));
    csv(Api.admin(), HEADER + "A,\"B,2019,1,OFFICIAL,x\n")
        .post("/api/observations/import")
        .then()
        .statusCode(400);
    csv(Api.admin(), HEADER).post("/api/observations/import").then().statusCode(400);
    Api.admin().body("{}").post("/api/observations/import").then().statusCode(415);
  }

  @Test
  void aByteOrderMarkAndSdmxStatusCodesAreAccepted() {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    String unit = Api.openDistrict();
    csv(Api.admin(), "\uFEFF" + HEADER + indicator + "," + unit + ",2019,5,P,x\n")
        .post("/api/observations/import?dryRun=false")
        .then()
        .statusCode(200)
        .body("imported", is(1));
    Api.viewer()
        .get("/api/observations?indicator={i}", indicator)
        .then()
        .body("items[0].status", is("PRELIMINARY"));
  }

  @Test
  void exportGivesBackTheImportColumns() {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    String unit = Api.openDistrict();
    csv(Api.admin(), lines(indicator, unit))
        .post("/api/observations/import?dryRun=false")
        .then()
        .statusCode(200);
    String exported =
        Api.viewer()
            .get("/api/observations/export?indicator={i}&fromYear=2016", indicator)
            .then()
            .statusCode(200)
            .contentType(containsString("text/csv"))
            .extract()
            .asString();
    org.junit.jupiter.api.Assertions.assertEquals(
        "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS,SOURCE,POVERTY_STANDARD,NOTE\r\n"
            + indicator
            + ","
            + unit
            + ",2016,110,OFFICIAL,Cục Thống kê,,\r\n"
            + indicator
            + ","
            + unit
            + ",2019,137.3,ESTIMATE,\"Báo cáo, ước\",,\r\n",
        exported);
    csv(Api.admin(), exported)
        .post("/api/observations/import")
        .then()
        .statusCode(200)
        .body("unchanged", is(2));
  }
}
