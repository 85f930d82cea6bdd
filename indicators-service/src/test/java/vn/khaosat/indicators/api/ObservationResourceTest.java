package vn.khaosat.indicators.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ObservationResourceTest {

  private static final String KEY = "/api/observations/{i}/{u}/{y}/{s}";

  @Test
  void putCreatesThenReplaces() {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    String unit = Api.openDistrict();
    Api.admin()
        .body(Map.of("value", new BigDecimal("412.5"), "source", "Cục Thống kê"))
        .put(KEY, indicator, unit, 2019, "OFFICIAL")
        .then()
        .statusCode(201)
        .header("Location", org.hamcrest.Matchers.endsWith("/" + unit + "/2019/OFFICIAL"))
        .body("value", is(412.5f));
    Api.admin()
        .body(Map.of("value", new BigDecimal("413")))
        .put(KEY, indicator, unit, 2019, "OFFICIAL")
        .then()
        .statusCode(200)
        .body("version", is(1));
    Api.viewer().get(KEY, indicator, unit, 2019, "OFFICIAL").then().body("value", is(413));
  }

  @Test
  void estimatesAndOfficialFiguresLiveSideBySide() {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    String unit = Api.openDistrict();
    Api.figure(indicator, unit, 2019, "ESTIMATE", "44");
    Api.figure(indicator, unit, 2019, "OFFICIAL", "43.6");
    Api.figure(indicator, unit, 2018, "OFFICIAL", "40");
    Api.viewer()
        .get("/api/observations?indicator={i}&unit={u}", indicator, unit)
        .then()
        .body("totalItems", is(3))
        .body("items.status", contains("OFFICIAL", "ESTIMATE", "OFFICIAL"));
    Api.viewer()
        .get("/api/observations?indicator={i}&fromYear=2019&toYear=2019&status=ESTIMATE", indicator)
        .then()
        .body("items.value", contains(44));
  }

  @Test
  void aClosedUnitTakesNoFigureAfterItsClosure() {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    Api.figure(indicator, "665", 2019, "OFFICIAL", "137.3");
    Api.admin()
        .body(Map.of("value", 1))
        .put(KEY, indicator, "665", 2026, "OFFICIAL")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    Api.admin().delete(KEY, indicator, "665", 2019, "OFFICIAL").then().statusCode(409);
  }

  @Test
  void unknownIndicatorOrUnitIs404() {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    Api.admin()
        .body(Map.of("value", 1))
        .put(KEY, "NOPE", "665", 2019, "OFFICIAL")
        .then()
        .statusCode(404);
    Api.admin()
        .body(Map.of("value", 1))
        .put(KEY, indicator, "NOPE", 2019, "OFFICIAL")
        .then()
        .statusCode(404);
  }

  @Test
  void aValueIsRequiredAndDecimal() {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    String unit = Api.openDistrict();
    Api.admin()
        .body(Map.of("source", "x"))
        .put(KEY, indicator, unit, 2019, "OFFICIAL")
        .then()
        .statusCode(400)
        .body("violations[0].field", org.hamcrest.Matchers.containsString("value"));
    Api.admin()
        .body("{\"value\": \"abc\"}")
        .put(KEY, indicator, unit, 2019, "OFFICIAL")
        .then()
        .statusCode(400);
  }

  @Test
  void aPovertyFigureNamesItsStandard() {
    String poor = Api.povertyIndicator();
    String unit = Api.openDistrict();
    Api.admin()
        .body(Map.of("value", 3000))
        .put(KEY, poor, unit, 2015, "OFFICIAL")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("povertyStandard"));
    Api.admin()
        .body(Map.of("value", 3000, "povertyStandard", "2016-2020"))
        .put(KEY, poor, unit, 2015, "OFFICIAL")
        .then()
        .statusCode(201);
  }

  @Test
  void aStatisticianWritesFiguresOnlyForItsUnits() {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    String mine = Api.openDistrict();
    String other = Api.openDistrict();
    Api.statistician(mine)
        .body(Map.of("value", 1))
        .put(KEY, indicator, mine, 2019, "OFFICIAL")
        .then()
        .statusCode(201);
    Api.statistician(mine)
        .body(Map.of("value", 1))
        .put(KEY, indicator, other, 2019, "OFFICIAL")
        .then()
        .statusCode(403);
    Api.viewer()
        .body(Map.of("value", 1))
        .put(KEY, indicator, mine, 2019, "OFFICIAL")
        .then()
        .statusCode(403);
  }

  @Test
  void aStaleIfMatchLosesNoUpdate() {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    String unit = Api.openDistrict();
    Api.figure(indicator, unit, 2019, "OFFICIAL", "10");
    String etag = Api.viewer().get(KEY, indicator, unit, 2019, "OFFICIAL").header("ETag");
    Api.admin()
        .header("If-Match", etag)
        .body(Map.of("value", 11))
        .put(KEY, indicator, unit, 2019, "OFFICIAL")
        .then()
        .statusCode(200);
    Api.admin()
        .header("If-Match", etag)
        .body(Map.of("value", 12))
        .put(KEY, indicator, unit, 2019, "OFFICIAL")
        .then()
        .statusCode(412);
    Api.viewer().get(KEY, indicator, unit, 2019, "OFFICIAL").then().body("value", is(11));
  }

  @Test
  void aBadYearRangeIs400() {
    Api.viewer()
        .get("/api/observations?fromYear=2020&toYear=2015")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }
}
