package vn.khaosat.indicators.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A 415 is a problem in the caller's terms, not "did not match the value in @Consumes". */
@QuarkusTest
class UnsupportedMediaTypeTest {

  @Test
  void aWrongContentTypeIs415WithAPlainDetail() {
    Api.admin()
        .contentType("application/xml")
        .body("<unit/>")
        .post("/api/units")
        .then()
        .statusCode(415)
        .contentType("application/problem+json")
        .body("status", is(415))
        .body("detail", not(emptyOrNullString()))
        .body("detail", not(containsString("@Consumes")))
        .body("detail", not(containsString("Consumes")));
  }

  @Test
  void jsonSentToTheCsvImportIs415Too() {
    Api.admin()
        .body("{}")
        .post("/api/observations/import")
        .then()
        .statusCode(415)
        .contentType("application/problem+json")
        .body("detail", not(containsString("Consumes")));
  }
}
