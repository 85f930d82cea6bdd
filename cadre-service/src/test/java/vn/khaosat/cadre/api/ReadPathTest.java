package vn.khaosat.cadre.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A GET of a cadre is one transaction and, for the summary most callers get, one query (issue 12,
 * P1): the record with its posts. The personal view reads its declarations and discipline in the
 * same transaction.
 */
@QuarkusTest
class ReadPathTest {

  @Inject SessionFactory sessions;

  @Test
  void theSummaryIsOneQueryInOneTransaction() {
    long id = cadreWithPostsAndDiscipline();
    Statistics statistics = sessions.getStatistics();
    statistics.clear();
    Api.viewer()
        .get("/api/cadres/" + id)
        .then()
        .statusCode(200)
        .body("posts.title", contains("Bí thư Huyện ủy", "Chủ tịch UBND huyện"))
        .body("personal", nullValue());
    assertEquals(1, statistics.getPrepareStatementCount(), "statements of one GET");
    assertEquals(1, statistics.getTransactionCount(), "transactions of one GET");
  }

  @Test
  void thePersonalViewReadsItsListsInTheSameTransaction() {
    long id = cadreWithPostsAndDiscipline();
    Statistics statistics = sessions.getStatistics();
    statistics.clear();
    Api.admin()
        .get("/api/cadres/" + id)
        .then()
        .statusCode(200)
        .body("posts", hasSize(2))
        .body("personal.assetDeclarationYears", contains(2018, 2019))
        .body("personal.disciplines", hasSize(1))
        .body("personal.disciplines[0].decidedOn", is("2019-05-10"));
    // the read's own; the access log's record of it is one JDBC statement committed on its own
    // (outside Hibernate, so not counted here), so that a rollback of the read cannot drop it
    assertEquals(1, statistics.getTransactionCount(), "transactions of one GET");
    // the tests write the log synchronously: the record is there as the answer is
    Api.admin()
        .get("/api/cadres/" + id + "/personal-data-access")
        .then()
        .statusCode(200)
        .body("items.findAll { it.method == 'GET' }.route", contains("/api/cadres/{id}"));
  }

  private static long cadreWithPostsAndDiscipline() {
    var body = Api.cadre("Lê Văn Sơn", "MALE", "1968-04", Api.unit());
    body.put(
        "posts",
        List.of(
            Map.of("title", "Bí thư Huyện ủy", "startDate", "2015-10-20"),
            Map.of("title", "Chủ tịch UBND huyện", "startDate", "2016-05-01")));
    long id = Api.createCadre(body);
    Api.createDiscipline(id, "2019-05-10");
    return id;
  }
}
