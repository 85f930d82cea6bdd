package vn.khaosat.survey.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The history of a session: a session edited by a secretary of its unit and an admin, then read
 * back with the exact values each change left, newest first.
 */
@QuarkusTest
class SessionHistoryTest {

  private static final String TARGET_LABEL = "Tốc độ tăng trưởng bình quân đạt 10%/năm trở lên";

  @Test
  void everyChangeBeforeSigningIsKeptWithWhoWhenAndFromTo() {
    String unit = Api.unit();
    long session =
        Api.id(
            secretary(unit)
                .header("X-Request-Id", "tao-phien-" + unit)
                .body(Api.session(unit))
                .post("/api/surveys")
                .then()
                .statusCode(201));
    String base = "/api/surveys/" + session;
    long leader = guest(secretary(unit), session, "Hà Trung Ký", "DELEGATION_LEADER");
    long guest = guest(Api.admin(), session, "Phan Văn Hợp", "GUEST");
    long clerk = guest(Api.admin(), session, "Nguyễn Thị Thư", "SECRETARY");
    secretary(unit).delete(base + "/participants/" + guest).then().statusCode(204);
    Map<String, Object> moved = new HashMap<>(Api.session(unit));
    moved.put("place", "Phòng họp Ban Thường vụ Huyện ủy Đắk Song");
    Api.admin().body(moved).put(base).then().statusCode(200);
    long report = created(secretary(unit), base + "/agenda", Map.of("title", "Báo cáo kết quả"));
    created(Api.admin(), base + "/agenda", Map.of("title", "Công tác nhân sự"));
    Api.admin().delete(base + "/agenda/" + report).then().statusCode(204);
    Map<String, Object> strength = Map.of("kind", "STRENGTH", "text", "Kinh tế tăng trưởng khá.");
    long finding = created(secretary(unit), base + "/findings", strength);
    Api.admin()
        .header("X-Request-Id", "sua-nhan-xet-" + unit)
        .body(Map.of("kind", "LIMITATION", "text", "Tăng trưởng chưa bền vững.", "targetId", 3))
        .put(base + "/findings/" + finding)
        .then()
        .statusCode(200);
    Api.admin().post(base + "/hold").then().statusCode(200);
    conclude(secretary(unit), base, "Cần rà soát nhân sự.", leader);
    conclude(Api.admin(), base, "Cần rà soát chất lượng nhân sự.", leader);
    long directive =
        created(secretary(unit), base + "/directives", Api.directive(unit, "2020-03-31"));
    Api.admin()
        .body(Api.directive(unit, "2020-06-30"))
        .put(base + "/directives/" + directive)
        .then()
        .statusCode(200);
    Api.admin()
        .body(Map.of("status", "IN_PROGRESS", "note", "Đã giao Ban Tổ chức"))
        .patch("/api/directives/" + directive)
        .then()
        .statusCode(200);
    Map<String, Object> said = Map.of("speakerId", leader, "kind", "REPORT", "text", "Báo cáo.");
    long statement = created(secretary(unit), base + "/statements", said);
    secretary(unit).post(base + "/conclude").then().statusCode(200);
    secretary(unit)
        .body(Map.of("secretaryId", clerk, "chairId", leader))
        .post(base + "/sign")
        .then()
        .statusCode(200);
    // after signing: the follow-up of a directive and an amendment are their own records
    Api.admin()
        .body(Map.of("status", "DONE", "evidence", "Báo cáo số 12-BC/HU"))
        .patch("/api/directives/" + directive)
        .then()
        .statusCode(200);
    created(
        Api.admin(),
        base + "/amendments",
        Map.of("section", "STATEMENTS", "text", "Ý kiến số 1: 11,4%.", "reason", "Ghi nhầm"));

    JsonPath history =
        Api.viewer()
            .get(base + "/history?size=50")
            .then()
            .statusCode(200)
            .body("totalItems", is(19))
            .body("totalPages", is(1))
            .extract()
            .jsonPath();
    assertEquals(
        List.of(
            "SESSION CHANGED",
            "SESSION CHANGED",
            "STATEMENT ADDED",
            "DIRECTIVE CHANGED",
            "DIRECTIVE ADDED",
            "CONCLUSION CHANGED",
            "CONCLUSION ADDED",
            "SESSION CHANGED",
            "FINDING CHANGED",
            "FINDING ADDED",
            "AGENDA_ITEM REMOVED",
            "AGENDA_ITEM ADDED",
            "AGENDA_ITEM ADDED",
            "SESSION CHANGED",
            "PARTICIPANT REMOVED",
            "PARTICIPANT ADDED",
            "PARTICIPANT ADDED",
            "PARTICIPANT ADDED",
            "SESSION ADDED"),
        history.getList("items").stream()
            .map(i -> ((Map<?, ?>) i).get("part") + " " + ((Map<?, ?>) i).get("kind"))
            .toList());
    assertEquals(
        List.of(
            "secretary-user",
            "secretary-user",
            "secretary-user",
            "admin",
            "secretary-user",
            "admin",
            "secretary-user",
            "admin",
            "admin",
            "secretary-user",
            "admin",
            "admin",
            "secretary-user",
            "admin",
            "secretary-user",
            "admin",
            "admin",
            "secretary-user",
            "secretary-user"),
        history.getList("items.by"));
    List<Integer> revisions = history.getList("items.revision");
    for (int i = 1; i < revisions.size(); i++) {
      // one revision per write here: each entry its own, newest first
      assertTrue(revisions.get(i) < revisions.get(i - 1), revisions.toString());
    }

    // signing
    change(history, 0, "status", "CONCLUDED", "SIGNED");
    change(history, 0, "secretaryId", null, (int) clerk);
    change(history, 0, "chairId", null, (int) leader);
    change(history, 0, "signedBy", null, "secretary-user");
    assertEquals(
        List.of("status", "secretaryId", "chairId", "signedAt", "signedBy"), fields(history, 0));
    change(history, 1, "status", "HELD", "CONCLUDED");
    // the statement, and its number
    assertEquals((int) statement, history.getInt("items[2].partId"));
    assertEquals(1, history.getInt("items[2].position"));
    assertEquals(List.of("speakerId", "kind", "text"), fields(history, 2));
    change(history, 2, "speakerId", null, (int) leader);
    // the directive's new deadline, and nothing of its status
    assertEquals(List.of("deadline"), fields(history, 3));
    change(history, 3, "deadline", "2020-03-31", "2020-06-30");
    assertEquals(
        List.of("text", "responsibleBody", "responsibleUnitCode", "deadline"), fields(history, 4));
    change(history, 4, "responsibleUnitCode", null, unit);
    // the conclusion rewritten by the admin, first written by the secretary
    assertEquals(List.of("conclusionText"), fields(history, 5));
    change(history, 5, "conclusionText", "Cần rà soát nhân sự.", "Cần rà soát chất lượng nhân sự.");
    change(history, 6, "conclusionText", null, "Cần rà soát nhân sự.");
    change(history, 6, "concludedById", null, (int) leader);
    assertEquals((int) session, history.getInt("items[6].partId"));
    change(history, 7, "status", "PLANNED", "HELD");
    // the finding revised, in the request the admin named
    assertEquals("sua-nhan-xet-" + unit, history.getString("items[8].requestId"));
    assertEquals(List.of("kind", "text", "targetId", "targetLabel"), fields(history, 8));
    change(history, 8, "kind", "STRENGTH", "LIMITATION");
    change(history, 8, "text", "Kinh tế tăng trưởng khá.", "Tăng trưởng chưa bền vững.");
    change(history, 8, "targetId", null, 3);
    change(history, 8, "targetLabel", null, TARGET_LABEL);
    assertEquals(List.of("kind", "text"), fields(history, 9));
    // the agenda item removed says what it was
    assertEquals((int) report, history.getInt("items[10].partId"));
    change(history, 10, "title", "Báo cáo kết quả", null);
    assertEquals(2, history.getInt("items[11].position"));
    change(history, 11, "title", null, "Công tác nhân sự");
    // the place moved
    assertEquals(List.of("place"), fields(history, 13));
    change(
        history,
        13,
        "place",
        "Hội trường Huyện ủy Đắk Song",
        "Phòng họp Ban Thường vụ Huyện ủy Đắk Song");
    // the guest removed, with what the record held
    assertEquals((int) guest, history.getInt("items[14].partId"));
    assertEquals(2, history.getInt("items[14].position"));
    assertEquals(List.of("fullName", "role", "attendance"), fields(history, 14));
    change(history, 14, "fullName", "Phan Văn Hợp", null);
    change(history, 14, "role", "GUEST", null);
    change(history, 17, "fullName", null, "Hà Trung Ký");
    assertEquals(1, history.getInt("items[17].position"));
    // the session as created, its time in the suite's time zone, in the request that made it
    assertEquals("tao-phien-" + unit, history.getString("items[18].requestId"));
    assertEquals((int) session, history.getInt("items[18].partId"));
    assertNull(history.get("items[18].position"));
    change(history, 18, "startsAt", null, "2019-11-28T08:00:00+07:00");
    change(history, 18, "status", null, "PLANNED");
    change(history, 18, "minutesNumber", null, "05-BB/TBND");
    assertFalse(fields(history, 18).contains("noticeNumber"), "no value, no change");
    Api.viewer()
        .get(base + "/history?size=50")
        .then()
        .body("items.at", everyItem(notNullValue()))
        .body("items.requestId", everyItem(notNullValue()));
  }

  @Test
  void theHistoryIsPagedAndAnyReaderMayReadIt() {
    String unit = Api.unit();
    long session = Api.createSession(unit);
    String base = "/api/surveys/" + session;
    for (String title : List.of("Một", "Hai", "Ba", "Bốn")) {
      created(Api.admin(), base + "/agenda", Map.of("title", title));
    }
    Api.as("viewer", "999")
        .get(base + "/history?size=2&page=0")
        .then()
        .statusCode(200)
        .body("totalItems", is(5))
        .body("totalPages", is(3))
        .body("size", is(2))
        .body("items.changes.to.flatten()", contains("Bốn", "Ba"));
    Api.as("inspector")
        .get(base + "/history?size=2&page=2")
        .then()
        .statusCode(200)
        .body("page", is(2))
        .body("items.part", contains("SESSION"))
        .body("items[0].kind", is("ADDED"));
    Api.viewer()
        .get(base + "/history?size=2&page=3")
        .then()
        .statusCode(200)
        .body("items", empty())
        .body("totalItems", is(5));
    Api.viewer().get(base + "/history?size=201").then().statusCode(400);
    Api.viewer().get(base + "/history?page=-1").then().statusCode(400);
    Api.viewer().get(base + "/history?size=abc").then().statusCode(400);
    Api.anonymous().get(base + "/history").then().statusCode(401);
  }

  @Test
  void anUnknownSessionHasNoHistory() {
    Api.viewer()
        .get("/api/surveys/987654321/history")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", notNullValue())
        .body("items", nullValue());
    Api.viewer().get("/api/surveys/0/history").then().statusCode(400);
  }

  private static RequestSpecification secretary(String unit) {
    return Api.as("secretary", unit);
  }

  private static long guest(RequestSpecification as, long session, String name, String role) {
    return created(
        as, "/api/surveys/" + session + "/participants", Map.of("fullName", name, "role", role));
  }

  private static long created(RequestSpecification as, String path, Map<String, ?> body) {
    return Api.id(as.body(body).post(path).then().statusCode(201));
  }

  private static void conclude(RequestSpecification as, String base, String text, long by) {
    as.body(Map.of("text", text, "concludedById", by))
        .put(base + "/conclusion")
        .then()
        .statusCode(200);
  }

  private static List<String> fields(JsonPath history, int item) {
    return history.getList("items[" + item + "].changes.field");
  }

  private static void change(JsonPath history, int item, String field, Object from, Object to) {
    List<Map<String, Object>> changes = history.getList("items[" + item + "].changes");
    Map<String, Object> change =
        changes.stream()
            .filter(c -> field.equals(c.get("field")))
            .findFirst()
            .orElseThrow(() -> new AssertionError(field + " not in " + changes));
    assertEquals(from, change.get("from"), field + " from");
    assertEquals(to, change.get("to"), field + " to");
  }
}
