package vn.khaosat.indicators.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Text PostgreSQL cannot hold is refused where it comes in (issue 10): a NUL in a filter or a path
 * was a 500, a lone surrogate was stored as "?".
 */
@QuarkusTest
class UnsafeTextTest {

  @Test
  void aNulInATextFilterIs400NamingTheParameter() {
    Api.viewer()
        .urlEncodingEnabled(false)
        .get("/api/units?q=dak%00song")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("NUL"))
        .body("violations[0].field", is("q"))
        .body("violations[0].in", is("query"));
  }

  @Test
  void aNulInACodeInThePathIs400NamingThePathParameter() {
    Api.viewer()
        .urlEncodingEnabled(false)
        .get("/api/units/%00")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("NUL"))
        .body("violations[0].field", is("code"))
        .body("violations[0].in", is("path"))
        // the problem's instance does not echo the NUL either
        .body("instance", is("/api/units/\uFFFD"));
  }

  @Test
  void aLoneSurrogateInABodyStringIs400AndNothingIsStored() {
    String code = Api.unique("SUR");
    Api.admin()
        .body(
            "{\"code\":\""
                + code
                + "\",\"name\":\"Tỉnh \\ud800\",\"level\":\"PROVINCE\",\"validFrom\":\"2000-01-01\"}")
        .post("/api/units")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("surrogate"))
        .body("violations[0].field", is("name"))
        .body("violations[0].in", is("body"));
    Api.viewer().get("/api/units/{c}", code).then().statusCode(404);
  }
}
