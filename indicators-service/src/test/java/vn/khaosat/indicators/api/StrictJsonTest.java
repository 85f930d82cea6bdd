package vn.khaosat.indicators.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * No scalar coercion (issue 10): {@code 123} was stored as the name "123", {@code "12"} taken as an
 * integer, {@code 1.5} cut to 1 and a number for a date stored as the year 57275. Each is a 400
 * naming the field, and nothing is stored.
 */
@QuarkusTest
class StrictJsonTest {

  @Test
  void aNumberIsNotAString() {
    String code = Api.unique("SJ");
    Api.admin()
        .body(
            "{\"code\":\""
                + code
                + "\",\"name\":123,\"level\":\"PROVINCE\",\"validFrom\":\"2000-01-01\"}")
        .post("/api/units")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("name"))
        .body("violations[0].field", is("name"))
        .body("violations[0].in", is("body"));
    Api.viewer().get("/api/units/{c}", code).then().statusCode(404);
  }

  @Test
  void aStringIsNotAnInteger() {
    refusedIndicator("\"12\"");
  }

  @Test
  void aFractionIsNotAnInteger() {
    refusedIndicator("1.5");
  }

  private static void refusedIndicator(String decimals) {
    String code = Api.unique("SJI");
    Api.admin()
        .body(
            "{\"code\":\""
                + code
                + "\",\"name\":\"Thu ngân sách\",\"unitOfMeasure\":\"tỷ đồng\","
                + "\"direction\":\"HIGHER_IS_BETTER\",\"priceBasis\":\"CURRENT\",\"decimals\":"
                + decimals
                + "}")
        .post("/api/indicators")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("decimals"))
        .body("violations[0].field", is("decimals"))
        .body("violations[0].in", is("body"));
    Api.viewer().get("/api/indicators/{c}", code).then().statusCode(404);
  }

  @Test
  void aNumberIsNotADate() {
    String code = Api.unique("SJD");
    Api.admin()
        .body(
            "{\"code\":\""
                + code
                + "\",\"name\":\"Tỉnh thử\",\"level\":\"PROVINCE\",\"validFrom\":20191128}")
        .post("/api/units")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("validFrom"))
        .body("detail", not(containsString("57275")))
        .body("violations[0].field", is("validFrom"))
        .body("violations[0].in", is("body"));
    Api.viewer().get("/api/units/{c}", code).then().statusCode(404);
  }
}
