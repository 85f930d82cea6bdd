package vn.khaosat.survey.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Directives: what they need, the list across sessions, and the follow-up of their status. */
@QuarkusTest
class DirectiveTest {

  private static final String FUTURE = LocalDate.now().plusYears(1).toString();

  @Test
  void aDirectiveNeedsTextOwnerAndADeadlineFromTheSessionsDay() {
    String unit = Api.unit();
    long session = Api.createSession(unit);
    String path = "/api/surveys/" + session + "/directives";
    Map<String, Object> body = new HashMap<>(Api.directive(unit, "2020-03-31"));
    body.remove("deadline");
    Api.admin()
        .body(body)
        .post(path)
        .then()
        .statusCode(400)
        .body("violations[0].field", is("deadline"));
    body = new HashMap<>(Api.directive(unit, "2020-03-31"));
    body.remove("responsibleBody");
    Api.admin()
        .body(body)
        .post(path)
        .then()
        .statusCode(400)
        .body("violations[0].field", is("responsibleBody"));
    body = new HashMap<>(Api.directive(unit, "2020-03-31"));
    body.remove("responsibleUnitCode");
    Api.admin()
        .body(body)
        .post(path)
        .then()
        .statusCode(400)
        .body("violations[0].field", is("responsibleUnitCode"));
    Api.admin()
        .body(Api.directive("MISSING7", "2020-03-31"))
        .post(path)
        .then()
        .statusCode(400)
        .body("violations[0].field", is("responsibleUnitCode"));
    Api.admin()
        .body(Api.directive(unit, "2019-11-27"))
        .post(path)
        .then()
        .statusCode(400)
        .body("violations[0].field", is("deadline"))
        .body("violations[0].message", containsString("2019-11-28"));
    Api.admin().body(Api.directive(unit, "31/03/2020")).post(path).then().statusCode(400);
    Api.viewer().get("/api/surveys/" + session).then().body("directives.size()", is(0));
  }

  @Test
  void theListPutsOverdueFirstAndFilters() {
    String unit = Api.unit();
    long session = Api.createSession(unit);
    long late = Api.addDirective(session, unit, "2020-03-31");
    long later = Api.addDirective(session, unit, "2020-06-30");
    long open = Api.addDirective(session, unit, FUTURE);
    long done = Api.addDirective(session, unit, "2020-01-31");
    Api.admin()
        .body(Map.of("status", "DONE", "evidence", "Báo cáo số 12-BC/HU"))
        .patch("/api/directives/" + done)
        .then()
        .statusCode(200);
    String base = "/api/directives?unit=" + unit;
    Api.viewer()
        .get(base)
        .then()
        .statusCode(200)
        .body("totalItems", is(4))
        .body("items.id", contains((int) late, (int) later, (int) done, (int) open))
        .body("items.overdue", contains(true, true, false, false))
        .body("items[0].hostUnitCode", is(unit));
    Api.viewer()
        .get(base + "&overdue=true")
        .then()
        .body("items.id", contains((int) late, (int) later));
    Api.viewer()
        .get(base + "&overdue=false")
        .then()
        .body("items.id", contains((int) done, (int) open));
    Api.viewer().get(base + "&status=DONE").then().body("items.id", contains((int) done));
    Api.viewer()
        .get(base + "&dueBefore=2020-06-30")
        .then()
        .body("items.id", contains((int) late, (int) done));
    Api.viewer()
        .get(base + "&size=1&page=1")
        .then()
        .body("items.id", contains((int) later))
        .body("totalPages", is(4));
    Api.viewer().get(base + "&status=LATE").then().statusCode(400);
    Api.viewer().get(base + "&dueBefore=soon").then().statusCode(400);
  }

  @Test
  void statusChangesFollowTheRulesAndAreAllKept() {
    String unit = Api.unit();
    long id = Api.signedWithDirective(unit, "2020-03-31")[1];
    String path = "/api/directives/" + id;
    // follow-up goes on after signing
    Api.as("secretary", unit)
        .header("If-Match", "\"0\"")
        .body(Map.of("status", "IN_PROGRESS", "note", "Đã giao Ban Tổ chức"))
        .patch(path)
        .then()
        .statusCode(200)
        .header("ETag", Api.datedTag(1))
        .body("status", is("IN_PROGRESS"))
        .body("overdue", is(true));
    Api.admin()
        .header("If-Match", "\"0\"")
        .body(Map.of("status", "DONE", "evidence", "x"))
        .patch(path)
        .then()
        .statusCode(412);
    Api.admin()
        .body(Map.of("status", "DONE", "note", "Xong"))
        .patch(path)
        .then()
        .statusCode(400)
        .body("violations[0].field", is("evidence"));
    Api.admin()
        .body(Map.of("status", "DONE", "evidence", "Báo cáo số 120-BC/HU ngày 15/3/2020"))
        .patch(path)
        .then()
        .statusCode(200)
        .body("overdue", is(false));
    Api.admin().body(Map.of("status", "CANCELLED")).patch(path).then().statusCode(409);
    Api.admin().body(Map.of("status", "FINISHED")).patch(path).then().statusCode(400);
    Api.admin().body(Map.of("note", "x")).patch(path).then().statusCode(400);
    Api.viewer()
        .get(path)
        .then()
        .statusCode(200)
        .body("changes.toStatus", contains("IN_PROGRESS", "DONE"))
        .body("changes.fromStatus", contains("OPEN", "IN_PROGRESS"))
        .body("changes[0].changedBy", is("secretary-user"))
        .body("changes[0].note", is("Đã giao Ban Tổ chức"))
        .body("evidence", is("Báo cáo số 120-BC/HU ngày 15/3/2020"));
  }

  @Test
  void theResponsibleUnitMayReportProgressOthersMayNot() {
    String host = Api.unit();
    String owner = Api.unit();
    long session = Api.createSession(host);
    long id = Api.addDirective(session, owner, FUTURE);
    Api.as("secretary", owner)
        .body(Map.of("status", "IN_PROGRESS"))
        .patch("/api/directives/" + id)
        .then()
        .statusCode(200);
    Api.as("secretary", "999")
        .body(Map.of("status", "OPEN"))
        .patch("/api/directives/" + id)
        .then()
        .statusCode(403);
    Api.viewer()
        .body(Map.of("status", "OPEN"))
        .patch("/api/directives/" + id)
        .then()
        .statusCode(403);
    Api.admin()
        .body(Map.of("status", "OPEN"))
        .patch("/api/directives/999999")
        .then()
        .statusCode(404);
  }

  @Test
  void aDirectiveIsCorrectedOrRemovedBeforeSigning() {
    String unit = Api.unit();
    long session = Api.createSession(unit);
    long id = Api.addDirective(session, unit, "2020-03-31");
    String path = "/api/surveys/" + session + "/directives/" + id;
    Api.admin()
        .header("If-Match", "\"0\"")
        .body(Api.directive(unit, "2020-04-30"))
        .put(path)
        .then()
        .statusCode(200)
        .body("deadline", is("2020-04-30"));
    Api.admin()
        .header("If-Match", "\"0\"")
        .body(Api.directive(unit, "2020-05-30"))
        .put(path)
        .then()
        .statusCode(412);
    Api.admin().delete(path).then().statusCode(204);
    Api.admin().delete(path).then().statusCode(404);
    Api.viewer().get("/api/directives/" + id).then().statusCode(404);
  }
}
