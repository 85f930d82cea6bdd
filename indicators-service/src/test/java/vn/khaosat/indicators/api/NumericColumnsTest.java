package vn.khaosat.indicators.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every number fits its numeric(24, 6) column, or is a 400 naming the field: a target value of
 * 1e400 or 12345678901234567890123 was a 500 "numeric field overflow" (issue 10).
 */
@QuarkusTest
class NumericColumnsTest {

  private static final String KEY = "/api/observations/{i}/{u}/{y}/{s}";

  @ParameterizedTest
  @ValueSource(strings = {"1e400", "12345678901234567890123", "-12345678901234567890123"})
  void aTargetValueTooLargeForItsColumnIs400(String value) {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    long resolution = Api.resolution(Api.openDistrict(), "2015-2020");
    Api.admin()
        .body(
            "{\"resolutionId\":"
                + resolution
                + ",\"indicatorCode\":\""
                + indicator
                + "\",\"measure\":\"LEVEL\",\"comparator\":\"AT_LEAST\",\"value\":"
                + value
                + "}")
        .post("/api/targets")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("value"))
        .body("violations[0].field", is("value"))
        .body("violations[0].in", is("body"));
    Api.viewer().get("/api/targets?resolution={r}", resolution).then().body("totalItems", is(0));
  }

  /** low, high and tolerance are numeric(24, 6) too: 19 digits before the point do not fit. */
  @ParameterizedTest
  @ValueSource(strings = {"low", "high", "tolerance"})
  void everyNumericColumnOfATargetIsChecked(String field) {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    long resolution = Api.resolution(Api.openDistrict(), "2015-2020");
    var body = Api.targetBody(resolution, indicator, "LEVEL", "RANGE");
    body.put("low", 1);
    body.put("high", 2);
    body.put("tolerance", 0);
    body.put(field, new BigDecimal("1234567890123456789"));
    Api.admin()
        .body(body)
        .post("/api/targets")
        .then()
        .statusCode(400)
        .body("violations[0].field", is(field))
        .body("violations[0].in", is("body"));
  }

  @Test
  void aFigureTakesTheLargestValueItsColumnHoldsAndNoMore() {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 6, "đồng");
    String unit = Api.openDistrict();
    Api.admin()
        .body("{\"value\":999999999999999999.999999}")
        .put(KEY, indicator, unit, 2019, "OFFICIAL")
        .then()
        .statusCode(201)
        .body(containsString("\"value\":999999999999999999.999999"));
    Api.admin()
        .body("{\"value\":1000000000000000000}")
        .put(KEY, indicator, unit, 2020, "OFFICIAL")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("value"))
        .body("violations[0].in", is("body"));
    Api.admin()
        .body("{\"value\":1.0000001}")
        .put(KEY, indicator, unit, 2020, "OFFICIAL")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("value"));
    Api.viewer().get(KEY, indicator, unit, 2020, "OFFICIAL").then().statusCode(404);
  }
}
