package vn.khaosat.indicators.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Errors raised before our code runs still come back as clear problems, never a class name. */
@QuarkusTest
class ProblemResponsesTest {

  @Test
  void anUnconvertibleQueryParameterIs400NotA404() {
    Api.viewer()
        .get("/api/observations?status=BOGUS")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("\"BOGUS\""))
        .body("detail", not(containsString("vn.khaosat")));
    Api.viewer()
        .get("/api/observations?fromYear=abc")
        .then()
        .statusCode(400)
        .body("detail", containsString("abc"));
    Api.viewer().get("/api/observations/X/Y/abc/OFFICIAL").then().statusCode(400);
  }

  @Test
  void malformedJsonSaysSo() {
    Api.admin()
        .header("Accept-Language", "en")
        .body("{\"code\": \"x\",")
        .post("/api/units")
        .then()
        .statusCode(400)
        .body("detail", containsString("Malformed JSON"));
  }

  @Test
  void anUnknownEnumValueListsTheValidOnes() {
    Api.admin()
        .body("{\"code\":\"x\",\"name\":\"X\",\"level\":\"CITY\",\"validFrom\":\"2000-01-01\"}")
        .post("/api/units")
        .then()
        .statusCode(400)
        .body("detail", containsString("CITY"))
        .body("detail", containsString("PROVINCE, DISTRICT, COMMUNE"))
        .body("detail", not(containsString("vn.khaosat")));
  }

  @Test
  void aBadDateIs400() {
    Api.admin()
        .body("{\"code\":\"x\",\"name\":\"X\",\"level\":\"COMMUNE\",\"validFrom\":\"30/06/2025\"}")
        .post("/api/units")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("validFrom"));
  }

  @Test
  void validationMessagesFollowAcceptLanguage() {
    Api.admin()
        .body("{\"code\":\"x\"}")
        .post("/api/units")
        .then()
        .statusCode(400)
        .body("title", is("Yêu cầu không hợp lệ"))
        .body("violations.message", hasItems("không được để trống"));
    Api.admin()
        .header("Accept-Language", "en-US,en;q=0.9")
        .body("{\"code\":\"x\"}")
        .post("/api/units")
        .then()
        .body("title", is("Bad Request"))
        .body("violations.message", hasItems("must not be null"));
  }

  @Test
  void anUnknownPathIsA404Problem() {
    Api.viewer()
        .get("/api/nothing-here")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
