package vn.khaosat.indicators.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/**
 * The CSV import holds to the input policy like a JSON record (issue 10): every cell is text and
 * within its column's length, a broken file gets a detail with its line and no class name, a typo
 * in dryRun never commits.
 */
@QuarkusTest
class CsvImportLimitsTest {

  private static final String HEADER =
      "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS,SOURCE\n";

  private static RequestSpecification csv(String body) {
    return Api.admin().contentType("text/csv; charset=UTF-8").body(body);
  }

  @Test
  void aOneMegabyteSourceCellIs400NamingTheLineAndTheColumn() {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    String unit = Api.openDistrict();
    csv(HEADER + indicator + "," + unit + ",2019,1,OFFICIAL," + "a".repeat(1_000_000) + "\n")
        .post("/api/observations/import?dryRun=false")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("2"))
        .body("detail", containsString("SOURCE"))
        .body("detail", containsString("300"))
        .body("violations[0].field", is("SOURCE"))
        .body("violations[0].in", is("body"));
    nothingStored(indicator);
  }

  @Test
  void everyCellIsCheckedAsText() {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    String unit = Api.openDistrict();
    String good = indicator + "," + unit + ",2018,1,OFFICIAL,Cục Thống kê\n";
    csv(HEADER + good + indicator + "," + unit + ",2019,1,OFFICIAL,Cục\u0000Thống kê\n")
        .post("/api/observations/import?dryRun=false")
        .then()
        .statusCode(400)
        .body("detail", containsString("3"))
        .body("detail", containsString("NUL"))
        .body("violations[0].field", is("SOURCE"));
    csv(HEADER + indicator + "\u0007," + unit + ",2019,1,OFFICIAL,x\n")
        .post("/api/observations/import?dryRun=false")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("INDICATOR"));
    nothingStored(indicator);
  }

  @Test
  void aCodeCellHasTheLengthOfItsColumn() {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    csv(HEADER + indicator + "," + "9".repeat(17) + ",2019,1,OFFICIAL,x\n")
        .post("/api/observations/import")
        .then()
        .statusCode(400)
        .body("detail", containsString("REF_AREA"))
        .body("detail", containsString("16"))
        .body("violations[0].field", is("REF_AREA"));
  }

  @Test
  void bytesThatAreNotUtf8Are400() {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    byte[] line =
        (indicator + ",665,2019,1,OFFICIAL,C").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] body = new byte[HEADER.length() + line.length + 2];
    System.arraycopy(
        HEADER.getBytes(java.nio.charset.StandardCharsets.UTF_8), 0, body, 0, HEADER.length());
    System.arraycopy(line, 0, body, HEADER.length(), line.length);
    body[body.length - 2] = (byte) 0xC3; // a lead byte without its continuation
    body[body.length - 1] = '\n';
    Api.admin()
        .contentType("text/csv; charset=UTF-8")
        .body(body)
        .post("/api/observations/import?dryRun=false")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("UTF-8"));
    nothingStored(indicator);
  }

  @Test
  void aMalformedFileNamesItsLineAndNoClass() {
    csv(HEADER + "A,B,2019,1,OFFICIAL,x\nA,\"B,2019,1,OFFICIAL,x\n")
        .post("/api/observations/import")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("3"))
        .body("detail", not(containsString("CSVException")))
        .body("detail", not(containsString("org.")));
    csv(HEADER + "A,\"B\"x,2019,1,OFFICIAL,x\n")
        .post("/api/observations/import")
        .then()
        .statusCode(400)
        .body("detail", containsString("2"))
        .body("detail", not(containsString("Exception")));
    csv("INDICATOR,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n")
        .post("/api/observations/import")
        .then()
        .statusCode(400)
        .body("detail", containsString("INDICATOR"))
        .body("detail", not(containsString("Exception")));
  }

  /** 10 MB of lines, each naming a code of its own, was a 500: one bind parameter per code. */
  @Test
  void aTenMegabyteFileIsReadAndItsConflictsListedUpToAThousand() {
    String unit = Api.openDistrict();
    StringBuilder body = new StringBuilder(HEADER);
    int lines = 0;
    while (body.length() < 10_000_000) {
      body.append("NO_SUCH_").append(lines++).append(',').append(unit).append(",2019,1,A,x\n");
    }
    csv(body.toString())
        .post("/api/observations/import")
        .then()
        .statusCode(200)
        .body("rows", is(lines))
        .body("conflictCount", is(lines))
        .body("conflicts", hasSize(1000))
        .body("conflicts[0].row", is(2))
        .body("conflicts[999].row", is(1001));
  }

  @Test
  void aTypoInDryRunIs400AndWritesNothing() {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    String unit = Api.openDistrict();
    csv(HEADER + indicator + "," + unit + ",2019,1,OFFICIAL,x\n")
        .post("/api/observations/import?dryRun=abc")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("dryRun"))
        .body("violations[0].field", is("dryRun"))
        .body("violations[0].in", is("query"));
    nothingStored(indicator);
  }

  private static void nothingStored(String indicator) {
    Api.viewer().get("/api/observations?indicator={i}", indicator).then().body("totalItems", is(0));
  }
}
