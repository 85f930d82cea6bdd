package vn.khaosat.indicators.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A PUT that names a version with If-Match never creates the figure: the fuzz test through the
 * gateway sent {@code If-Match: not-an-etag} to a figure that did not exist, and got a 201.
 */
@QuarkusTest
class ConditionalPutTest {

  private static final String KEY = "/api/observations/{i}/{u}/{y}/{s}";

  @Test
  void anIfMatchOnAFigureThatIsNotThereIs412AndCreatesNothing() {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    String unit = Api.openDistrict();
    for (String tag : new String[] {"not-an-etag", "\"0\"", "*"}) {
      Api.admin()
          .header("If-Match", tag)
          .body(Map.of("value", 1))
          .put(KEY, indicator, unit, 2019, "OFFICIAL")
          .then()
          .statusCode(412)
          .contentType("application/problem+json")
          .body("status", is(412))
          .body("detail", containsString("If-Match"));
    }
    Api.viewer().get(KEY, indicator, unit, 2019, "OFFICIAL").then().statusCode(404);
    Api.admin()
        .body(Map.of("value", 1))
        .put(KEY, indicator, unit, 2019, "OFFICIAL")
        .then()
        .statusCode(201);
  }
}
