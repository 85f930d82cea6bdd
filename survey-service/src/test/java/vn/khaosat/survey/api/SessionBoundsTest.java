package vn.khaosat.survey.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.khaosat.survey.domain.Limits;

/**
 * Every list an answer carries has the maximum the document gives it (maxItems), and a session
 * never holds more: the next item is a 409 problem. What another service sends is kept within the
 * same bounds.
 */
@QuarkusTest
class SessionBoundsTest {

  @Test
  void aSessionHoldsAtMostItsDocumentedNumberOfAgendaItems() {
    long session = Api.createSession(Api.unit());
    String path = "/api/surveys/" + session + "/agenda";
    for (int i = 1; i <= Limits.AGENDA_ITEMS; i++) {
      Api.admin().body(Map.of("title", "Nội dung " + i)).post(path).then().statusCode(201);
    }
    Api.admin()
        .body(Map.of("title", "Một nội dung nữa"))
        .post(path)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString(String.valueOf(Limits.AGENDA_ITEMS)));
    Api.viewer().get("/api/surveys/" + session).then().body("agenda", hasSize(Limits.AGENDA_ITEMS));
  }

  @Test
  void aDirectiveKeepsAtMostItsDocumentedNumberOfChanges() throws Exception {
    long session = Api.createSession(Api.unit());
    long directive = Api.addDirective(session, "665", "2020-03-31");
    // as many changes as a directive may have, written directly: a thousand requests add nothing
    var config = ConfigProvider.getConfig();
    try (Connection c =
            DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
        PreparedStatement insert =
            c.prepareStatement(
                "insert into directive_change (id, directive_id, changed_at, changed_by,"
                    + " from_status, to_status) select nextval('directive_change_seq'), ?, now(),"
                    + " 'test', 'OPEN', 'OPEN' from generate_series(1, ?)")) {
      insert.setLong(1, directive);
      insert.setInt(2, Limits.DIRECTIVE_CHANGES);
      insert.executeUpdate();
    }
    Api.admin()
        .body(Map.of("status", "IN_PROGRESS", "note", "Đang rà soát"))
        .patch("/api/directives/" + directive)
        .then()
        .statusCode(409)
        .body("detail", containsString(String.valueOf(Limits.DIRECTIVE_CHANGES)));
    Api.viewer()
        .get("/api/directives/" + directive)
        .then()
        .body("status", is("OPEN"))
        .body("changes", hasSize(Limits.DIRECTIVE_CHANGES));
  }

  @Test
  void aDossierShowsTheScorecardsOfAtMostFiftyPredecessors() {
    long session = Api.createSession(Api.unit("MANY"));
    Api.admin()
        .post("/api/surveys/" + session + "/dossier")
        .then()
        .statusCode(201)
        .body("predecessorScorecards", hasSize(Limits.PREDECESSORS))
        .body("predecessorScorecards[0].unitCode", is("XA1"));
  }

  @Test
  void aTargetWordingLongerThanItsColumnIsCutWithAnEllipsis() {
    long session = Api.createSession(Api.unit());
    String label =
        Api.admin()
            .body(Map.of("kind", "LIMITATION", "text", "Tăng trưởng chậm.", "targetId", 8501))
            .post("/api/surveys/" + session + "/findings")
            .then()
            .statusCode(201)
            .body("targetLabel", endsWith("…"))
            .extract()
            .path("targetLabel");
    org.junit.jupiter.api.Assertions.assertEquals(Limits.TARGET_LABEL, label.length());
  }
}
