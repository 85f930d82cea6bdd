package vn.khaosat.survey.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import vn.khaosat.survey.service.sessions.SessionService;

/**
 * A GET of a session, counted by Hibernate's statistics (on in the test profile; issue 12, P1).
 * Read again unchanged, the session is one query, its version. Changed, its view is made again in
 * one transaction from one snapshot, the signature's participants included: the session with its
 * participants, then one query a list (agenda, statements, findings, directives, amendments). Any
 * change of what it shows is seen at once.
 */
@QuarkusTest
class ReadPathTest {

  @Inject SessionFactory sessions;
  @Inject SessionService sessionService;

  @Test
  void anUnchangedSessionIsOneQueryAndAChangedOneIsReadFromOneSnapshot() {
    long[] signed = Api.signedWithDirective(Api.unit(), "2020-03-31");
    long directive = signed[1];
    Statistics statistics = sessions.getStatistics();
    // the answer to the signing made the view: read again, the session is only its version
    statistics.clear();
    String etag = read(signed[0], "SIGNED");
    assertEquals(etag, read(signed[0], "SIGNED"), "the same session, the same ETag");
    assertEquals(2, statistics.getTransactionCount(), "transactions of two GETs");
    assertEquals(2, statistics.getPrepareStatementCount(), "an unchanged session: its version");

    // a directive's status changed: the view is made again, whole
    Api.admin()
        .body(Map.of("status", "IN_PROGRESS"))
        .patch("/api/directives/" + directive)
        .then()
        .statusCode(200);
    statistics.clear();
    read(signed[0], "SIGNED");
    // its version (the view kept is of an older one), then the view from one snapshot
    assertEquals(2, statistics.getTransactionCount(), "transactions of one GET");
    // its version, the session with its participants, then each of its five other lists: no
    // query per item
    assertEquals(7, statistics.getPrepareStatementCount(), "statements of one GET");
  }

  @Test
  void aReadSeesOneSnapshotThoughAWriteCommitsBetweenItsQueries() {
    String unit = Api.unit();
    long session = Api.concludedSession(unit)[0];
    int[] seen =
        sessionService.read(
            session,
            s -> {
              int participants = s.participants.size(); // the first query: the snapshot's
              Api.addDirective(session, unit, "2030-01-01"); // committed by another request
              return new int[] {participants, s.directives.size()};
            });
    assertEquals(2, seen[0], "the session's participants");
    assertEquals(0, seen[1], "a directive committed after the read began");
    Api.viewer().get("/api/surveys/" + session).then().body("directives", hasSize(1));
  }

  @Test
  void aChangeIsSeenByTheNextRead() {
    String unit = Api.unit();
    long session = Api.createSession(unit);
    String before = read(session, "PLANNED");
    Api.addGuest(session, "Lê Văn Khách", "DELEGATION_MEMBER");
    Api.viewer()
        .get("/api/surveys/" + session)
        .then()
        .statusCode(200)
        .header("ETag", not(before))
        .body("participants", hasSize(1))
        .body("participants[0].fullName", is("Lê Văn Khách"));
  }

  @Test
  void aDirectivesStatusChangeRaisesItsSessionsVersion() {
    String unit = Api.unit();
    long[] s = Api.signedWithDirective(unit, "2020-03-31");
    long directive = s[1];
    String signed = read(s[0], "SIGNED");
    Api.as("secretary", unit)
        .body(Map.of("status", "IN_PROGRESS", "note", "Đã giao Ban Tổ chức"))
        .patch("/api/directives/" + directive)
        .then()
        .statusCode(200);
    // the session's view shows the status: its ETag changes with it, and no 304 hides it
    Api.viewer()
        .header("If-None-Match", signed)
        .get("/api/surveys/" + s[0])
        .then()
        .statusCode(200)
        .header("ETag", not(signed))
        .body("directives[0].status", is("IN_PROGRESS"));
  }

  @Test
  void aViewOfAnotherDayIsSentAgainAndItsTagStillWrites() {
    String unit = Api.unit();
    long[] s = Api.signedWithDirective(unit, "2020-03-31");
    // each view shows the directive overdue (its deadline passed, still open): a fact of the day
    Map<String, String> overdue =
        Map.of(
            "/api/surveys/" + s[0], "directives[0].overdue",
            "/api/directives/" + s[1], "overdue");
    overdue.forEach(
        (path, field) -> {
          String tag = Api.viewer().get(path).then().statusCode(200).extract().header("ETag");
          assertThat(path, tag, Api.datedTag());
          String day = tag.substring(tag.indexOf('@') + 1, tag.length() - 1);
          String yesterday = tag.replace(day, LocalDate.parse(day).minusDays(1).toString());
          Api.viewer().header("If-None-Match", tag).get(path).then().statusCode(304);
          // yesterday's view of the same version may show another "overdue": sent again, whole
          Api.viewer()
              .header("If-None-Match", yesterday)
              .get(path)
              .then()
              .statusCode(200)
              .header("ETag", is(tag))
              .body(field, is(true));
        });
    // If-Match compares the version alone: a tag of another day still names the directive's
    Api.as("secretary", unit)
        .header("If-Match", "\"0@2020-01-01\"")
        .body(Map.of("status", "IN_PROGRESS"))
        .patch("/api/directives/" + s[1])
        .then()
        .statusCode(200)
        .header("ETag", Api.datedTag(1));
  }

  private static String read(long session, String status) {
    return Api.viewer()
        .get("/api/surveys/" + session)
        .then()
        .statusCode(200)
        .body("status", is(status))
        .extract()
        .header("ETag");
  }
}
