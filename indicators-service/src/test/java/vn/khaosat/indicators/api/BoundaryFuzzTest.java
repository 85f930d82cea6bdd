package vn.khaosat.indicators.api;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.khaosat.testing.fuzz.BoundaryFuzz;
import vn.khaosat.testing.fuzz.DatabaseSnapshot;
import vn.khaosat.testing.jwt.TestTokens;

/**
 * DESIGN.md's input policy, proven from this service's own OpenAPI document: every operation is
 * sent bad inputs of every kind (see {@link BoundaryFuzz}), and each must get a 4xx problem with a
 * detail, while not one row of the database changes.
 */
@QuarkusTest
class BoundaryFuzzTest {

  @Test
  void everyOperationRefusesBadInputWithAProblemAndWritesNothing() {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    // the example requests, sent once after their attacks, write here and nowhere else
    String province = Api.unique("FZP");
    Api.createUnit(province, "Tỉnh thử " + province, "PROVINCE", null);
    long resolution = Api.resolution("665", "2015-2020");
    long target = Api.target(resolution, indicator, "AVERAGE_GROWTH", "AT_LEAST", 8);
    Api.figure(indicator, "665", 2019, "OFFICIAL", "432.5");
    String document = given().accept("application/json").get("/q/openapi?format=json").asString();
    var config = ConfigProvider.getConfig();
    var report =
        BoundaryFuzz.against(URI.create("http://localhost:" + RestAssured.port))
            .document(document)
            .bearer(TestTokens.admin())
            .pathValue("code", "665")
            .pathValue("/api/indicators", "code", indicator)
            .pathValue("/api/terms", "code", "2015-2020")
            .pathValue("indicator", indicator)
            .pathValue("unit", "665")
            .pathValue("year", "2019")
            .pathValue("status", "OFFICIAL")
            .pathValue("/api/resolutions", "id", String.valueOf(resolution))
            .pathValue("/api/targets", "id", String.valueOf(target))
            .bodyValue("resolutionId", resolution)
            .bodyValue("indicatorCode", indicator)
            .bodyValue("unitCode", "665")
            .bodyValue("termCode", "2015-2020")
            .bodyValue("createUnit", "code", Api.unique("FZ"))
            .bodyValue("createUnit", "parentCode", province)
            .bodyValue("createUnit", "name", "Huyện thử của phép thử biên")
            .bodyValue("updateUnit", "code", "665")
            .bodyValue("createIndicator", "code", Api.unique("FZIND"))
            .bodyValue("updateIndicator", "code", indicator)
            .database(
                new DatabaseSnapshot.Source(
                    "indicators",
                    config.getValue("quarkus.datasource.jdbc.url", String.class),
                    config.getValue("quarkus.datasource.username", String.class),
                    config.getValue("quarkus.datasource.password", String.class)))
            .run();
    System.out.println("indicators-service boundary fuzz\n" + report.summary());
    report.writeTo(java.nio.file.Path.of("target", "boundary-fuzz.txt"));
    report.assertClean();
  }
}
