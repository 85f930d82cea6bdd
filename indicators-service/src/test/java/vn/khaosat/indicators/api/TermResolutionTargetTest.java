package vn.khaosat.indicators.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TermResolutionTargetTest {

  @Test
  void aTermTakesItsYearsFromItsCode() {
    Api.term("2015-2020");
    Api.viewer()
        .get("/api/terms/2015-2020")
        .then()
        .statusCode(200)
        .body("baseYear", is(2015))
        .body("firstYear", is(2016))
        .body("lastYear", is(2020));
    Api.admin().body(Map.of("code", "2020")).post("/api/terms").then().statusCode(400);
    Api.admin().body(Map.of("code", "2020-2015")).post("/api/terms").then().statusCode(400);
    Api.admin().body(Map.of("code", "2015-2020")).post("/api/terms").then().statusCode(409);
  }

  @Test
  void theTermsOfTheSeededRoundsAreThereFromTheStart() {
    Api.viewer()
        .get("/api/terms/2025-2030")
        .then()
        .statusCode(200)
        .body("baseYear", is(2025))
        .body("lastYear", is(2030));
    Api.viewer()
        .get("/api/terms?size=200")
        .then()
        .body("items.code", org.hamcrest.Matchers.hasItems("2015-2020", "2020-2025", "2025-2030"));
  }

  @Test
  void aResolutionNeedsAKnownUnitAndTerm() {
    Api.term("2015-2020");
    Api.admin()
        .body(Map.of("title", "NQ", "unitCode", "NOPE", "termCode", "2015-2020"))
        .post("/api/resolutions")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("unitCode"));
    Api.admin()
        .body(Map.of("title", "NQ", "unitCode", "665", "termCode", "1990-1995"))
        .post("/api/resolutions")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("termCode"));
  }

  @Test
  void aClosedUnitKeepsItsHistoryButTakesNoLaterTerm() {
    Api.term("2015-2020");
    Api.term("2025-2030");
    Api.admin()
        .body(
            Map.of(
                "title",
                "NQ Đại hội XI huyện Đắk Song",
                "unitCode",
                "665",
                "termCode",
                "2015-2020"))
        .post("/api/resolutions")
        .then()
        .statusCode(201);
    Api.admin()
        .body(Map.of("title", "NQ", "unitCode", "665", "termCode", "2025-2030"))
        .post("/api/resolutions")
        .then()
        .statusCode(409)
        .body("detail", containsString("665"));
  }

  @Test
  void aStatisticianWritesResolutionsOnlyForItsUnits() {
    String mine = Api.openDistrict();
    String other = Api.openDistrict();
    Api.term("2015-2020");
    Api.statistician(mine)
        .body(Map.of("title", "NQ", "unitCode", mine, "termCode", "2015-2020"))
        .post("/api/resolutions")
        .then()
        .statusCode(201);
    Api.statistician(mine)
        .body(Map.of("title", "NQ", "unitCode", other, "termCode", "2015-2020"))
        .post("/api/resolutions")
        .then()
        .statusCode(403);
  }

  @Test
  void targetsAreValidatedFieldByField() {
    String district = Api.openDistrict();
    long resolution = Api.resolution(district, "2015-2020");
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");

    var range = Api.targetBody(resolution, indicator, "LEVEL", "RANGE");
    range.put("low", 50);
    range.put("high", 40);
    refusedOn(range, "high");
    range.put("high", 60);
    Api.admin().body(range).post("/api/targets").then().statusCode(201);

    var ratio = Api.targetBody(resolution, indicator, "RATIO_TO_UNIT", "AT_LEAST");
    ratio.put("value", 100);
    refusedOn(ratio, "referenceUnitCode");
    ratio.put("referenceUnitCode", "NOPE");
    refusedOn(ratio, "referenceUnitCode");

    var approx = Api.targetBody(resolution, indicator, "LEVEL", "APPROXIMATELY");
    approx.put("value", 44);
    refusedOn(approx, "tolerance");

    var noValue = Api.targetBody(resolution, indicator, "LEVEL", "AT_LEAST");
    refusedOn(noValue, "value");

    var unknownIndicator = Api.targetBody(resolution, "NO_SUCH", "LEVEL", "AT_LEAST");
    unknownIndicator.put("value", 1);
    refusedOn(unknownIndicator, "indicatorCode");

    var unknownResolution = Api.targetBody(999_999, indicator, "LEVEL", "AT_LEAST");
    unknownResolution.put("value", 1);
    refusedOn(unknownResolution, "resolutionId");

    var share = Api.targetBody(resolution, indicator, "SHARE", "AT_LEAST");
    share.put("value", 10);
    refusedOn(share, "measure");
  }

  private static void refusedOn(Map<String, Object> target, String field) {
    Api.admin()
        .body(target)
        .post("/api/targets")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", is(field));
  }

  @Test
  void aTargetIsReadUpdatedAndDeleted() {
    String district = Api.openDistrict();
    long resolution = Api.resolution(district, "2015-2020");
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    var body = Api.targetBody(resolution, indicator, "AVERAGE_GROWTH", "AT_LEAST");
    body.put("value", 8);
    body.put("wording", "tăng bình quân 8%/năm trở lên");
    long id = Api.postTarget(body);
    Api.viewer().get("/api/targets?resolution={r}", resolution).then().body("totalItems", is(1));
    Api.viewer()
        .get("/api/targets?unit={u}&term=2015-2020", district)
        .then()
        .body("totalItems", is(1));
    String etag =
        Api.viewer()
            .get("/api/targets/{id}", id)
            .then()
            .body("value", is(8))
            .extract()
            .header("ETag");
    body.put("value", 9);
    Api.admin()
        .header("If-Match", etag)
        .body(body)
        .put("/api/targets/{id}", id)
        .then()
        .statusCode(200)
        .body("value", is(9));
    Api.admin().header("If-Match", etag).delete("/api/targets/{id}", id).then().statusCode(412);
    Api.admin().delete("/api/resolutions/{r}", resolution).then().statusCode(409);
    Api.admin().delete("/api/targets/{id}", id).then().statusCode(204);
    Api.admin().delete("/api/resolutions/{r}", resolution).then().statusCode(204);
  }
}
