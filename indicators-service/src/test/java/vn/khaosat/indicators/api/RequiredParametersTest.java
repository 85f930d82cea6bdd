package vn.khaosat.indicators.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The parameters an operation needs are required in the document and checked before the service
 * runs: the fuzz test found {@code GET /api/scorecards} without them a 500 (a null id reached
 * Hibernate).
 */
@QuarkusTest
class RequiredParametersTest {

  @Test
  void aScorecardWithoutItsParametersIs400NamingEach() {
    Api.viewer()
        .get("/api/scorecards")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("unit"))
        .body("violations.field", hasItems("unit", "term", "year"))
        .body("violations.in", everyItem(is("query")));
  }

  @Test
  void aMeasureWithoutItsParametersIs400NamingEach() {
    Api.viewer()
        .get("/api/measures")
        .then()
        .statusCode(400)
        .body("violations.field", hasItems("indicator", "unit", "measure", "year"))
        .body("violations.in", everyItem(is("query")));
  }

  @Test
  void anEvaluationWithoutAYearIs400InTheQuery() {
    Api.viewer()
        .get("/api/targets/1/evaluation")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("year"))
        .body("violations[0].in", is("query"));
  }

  @Test
  void aYearOutsideWhatAFigureMayHaveIs400() {
    Api.viewer()
        .get("/api/scorecards?unit=665&term=2015-2020&year=99999")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("year"))
        .body("violations[0].in", is("query"));
  }

  @Test
  void anUnknownUnitOfAScorecardIsNamedInTheQuery() {
    Api.viewer()
        .get("/api/scorecards?unit=NOPE&term=2015-2020&year=2019")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("unit"))
        .body("violations[0].in", is("query"));
  }
}
