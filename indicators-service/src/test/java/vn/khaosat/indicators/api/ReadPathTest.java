package vn.khaosat.indicators.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A GET by id is one transaction and one query (issue 12, P1), counted by Hibernate's statistics
 * (on in the test profile): the unit with its successor and predecessor codes.
 */
@QuarkusTest
class ReadPathTest {

  @Inject SessionFactory sessions;

  @Test
  void aUnitIsReadWithItsCodeListsInOneQueryAndOneTransaction() {
    Statistics statistics = sessions.getStatistics();
    statistics.clear();
    Api.viewer()
        .get("/api/units/67")
        .then()
        .statusCode(200)
        .header("ETag", notNullValue())
        .body("successorCodes", contains("68"));
    assertEquals(1, statistics.getPrepareStatementCount(), "statements of one GET");
    assertEquals(1, statistics.getTransactionCount(), "transactions of one GET");
  }

  @Test
  void aScorecardIsOneReadOnlyTransactionWhateverItsTargets() {
    String unit = Api.openDistrict();
    long resolution = Api.resolution(unit, "2015-2020");
    for (int i = 0; i < 3; i++) {
      Api.target(resolution, Api.indicator("HIGHER_IS_BETTER", 1, "%"), "LEVEL", "AT_LEAST", 1);
    }
    Statistics statistics = sessions.getStatistics();
    statistics.clear();
    Api.viewer()
        .get("/api/scorecards?unit={u}&term=2015-2020&year=2019", unit)
        .then()
        .statusCode(200)
        .body("totalTargets", is(3));
    // one snapshot for all its queries; nothing it loaded is checked for changes or flushed
    assertEquals(1, statistics.getTransactionCount(), "transactions of one scorecard");
    assertEquals(0, statistics.getFlushCount(), "flushes of one scorecard");
    long statements = statistics.getPrepareStatementCount();
    // its chart finds the unit and term once, in the same kind of transaction
    statistics.clear();
    Api.viewer()
        .accept("image/svg+xml")
        .get("/api/charts/scorecard?unit={u}&term=2015-2020&year=2019", unit)
        .then()
        .statusCode(200);
    assertEquals(1, statistics.getTransactionCount(), "transactions of one chart");
    assertEquals(0, statistics.getFlushCount(), "flushes of one chart");
    assertEquals(statements, statistics.getPrepareStatementCount(), "statements of one chart");
  }

  @Test
  void aMissingUnitIsStillA404AfterItsOneQuery() {
    Statistics statistics = sessions.getStatistics();
    statistics.clear();
    Api.viewer().get("/api/units/NO-SUCH-UNIT").then().statusCode(404);
    assertEquals(1, statistics.getPrepareStatementCount(), "statements of one GET");
  }
}
