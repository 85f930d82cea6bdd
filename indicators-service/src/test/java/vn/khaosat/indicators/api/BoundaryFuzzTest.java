package vn.khaosat.indicators.api;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.khaosat.testing.fuzz.BoundaryFuzz;
import vn.khaosat.testing.fuzz.DatabaseSnapshot;
import vn.khaosat.testing.jwt.TestTokens;

/**
 * DESIGN.md's input policy, proven from this service's own OpenAPI document: every operation is
 * sent bad inputs of every kind (see {@link BoundaryFuzz}), and each must get a 4xx problem with a
 * detail, while not one row of the database changes. The document's examples name Đắk Song (665) in
 * 2015-2020 and the indicators BUDGET_REVENUE and GRDP: those two are made here, so that each
 * operation's example request is accepted and its attacks change one thing of a valid request.
 * Everything else it writes is under a province of its own, out of the other tests' way.
 */
@QuarkusTest
class BoundaryFuzzTest {

  @Test
  void everyOperationRefusesBadInputWithAProblemAndWritesNothing() {
    indicator("GRDP", "Tổng sản phẩm trên địa bàn (GRDP)");
    String indicator = indicator("BUDGET_REVENUE", "Thu ngân sách nhà nước trên địa bàn");
    String province = Api.unique("FZP");
    Api.createUnit(province, "Tỉnh thử " + province, "PROVINCE", null);
    // an open unit for the unit operations: 665 is closed, so read-only
    String unit = Api.unique("FZD");
    Api.createUnit(unit, "Huyện thử " + unit, "DISTRICT", province);
    long resolution = Api.resolution("665", "2015-2020");
    long target = Api.target(resolution, indicator, "AVERAGE_GROWTH", "AT_LEAST", 8);
    Api.figure(indicator, "665", 2019, "OFFICIAL", "432.5");
    String document = given().accept("application/json").get("/q/openapi?format=json").asString();
    var report =
        BoundaryFuzz.against(URI.create("http://localhost:" + RestAssured.port))
            .document(document)
            .bearer(TestTokens.admin())
            .pathValue("/api/units", "code", unit)
            .pathValue("/api/indicators", "code", indicator)
            .pathValue("/api/terms", "code", "2015-2020")
            .pathValue("indicator", indicator)
            .pathValue("unit", "665")
            .pathValue("year", "2019")
            .pathValue("status", "OFFICIAL")
            .pathValue("/api/resolutions", "id", String.valueOf(resolution))
            .pathValue("/api/targets", "id", String.valueOf(target))
            .bodyValue("resolutionId", resolution)
            .bodyValue("createUnit", "code", Api.unique("FZ"))
            .bodyValue("createUnit", "parentCode", province)
            .bodyValue("createUnit", "name", "Huyện thử của phép thử biên")
            // the example renames and closes Đắk Song; here the open unit stays open, and its name
            // stays out of the searches other tests make ("dak song")
            .bodyValue("updateUnit", "code", unit)
            .bodyValue("updateUnit", "parentCode", province)
            .bodyValue("updateUnit", "name", "Huyện thử của phép thử biên, đổi tên")
            .bodyValue("updateUnit", "validTo", null)
            .bodyValue("createIndicator", "code", Api.unique("FZIND"))
            .bodyValue("updateIndicator", "code", indicator)
            .database(DatabaseSnapshot.Source.ofQuarkusTest("indicators"))
            .run();
    System.out.println("indicators-service boundary fuzz\n" + report.summary());
    report.writeTo(java.nio.file.Path.of("target", "boundary-fuzz.txt"));
    report.assertClean();
    org.junit.jupiter.api.Assertions.assertEquals(
        java.util.List.of(), report.refusedBases(), "every example request is accepted");
  }

  /** An indicator with the code the document's examples use. */
  private static String indicator(String code, String name) {
    Api.admin()
        .body(
            Map.of(
                "code",
                code,
                "name",
                name,
                "unitOfMeasure",
                "tỷ đồng",
                "direction",
                "HIGHER_IS_BETTER",
                "priceBasis",
                "CURRENT",
                "decimals",
                1))
        .post("/api/indicators")
        .then()
        .statusCode(201);
    return code;
  }
}
