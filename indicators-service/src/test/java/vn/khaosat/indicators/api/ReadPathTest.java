package vn.khaosat.indicators.api;

import static org.hamcrest.Matchers.contains;
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
  void aMissingUnitIsStillA404AfterItsOneQuery() {
    Statistics statistics = sessions.getStatistics();
    statistics.clear();
    Api.viewer().get("/api/units/NO-SUCH-UNIT").then().statusCode(404);
    assertEquals(1, statistics.getPrepareStatementCount(), "statements of one GET");
  }
}
