package vn.khaosat.survey.api;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A GET of a session with everything recorded is one transaction (issue 12, P1), counted by
 * Hibernate's statistics (on in the test profile): every list the answer shows is read from one
 * snapshot, the signature's participants included, in six queries: the session with its
 * participants, then one a list (agenda, statements, findings, directives, amendments).
 */
@QuarkusTest
class ReadPathTest {

  @Inject SessionFactory sessions;

  @Test
  void aSignedSessionIsReadInOneTransaction() {
    long[] signed = Api.concludedSession("665");
    Api.sign(signed);
    Statistics statistics = sessions.getStatistics();
    statistics.clear();
    Api.viewer()
        .get("/api/surveys/" + signed[0])
        .then()
        .statusCode(200)
        .body("participants", hasSize(2))
        .body("status", is("SIGNED"));
    assertEquals(1, statistics.getTransactionCount(), "transactions of one GET");
    // the session with its participants, then each of its five other lists: no query per item
    assertEquals(6, statistics.getPrepareStatementCount(), "statements of one GET");
  }
}
