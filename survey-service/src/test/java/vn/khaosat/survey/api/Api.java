package vn.khaosat.survey.api;

import static org.hamcrest.Matchers.matchesPattern;

import java.util.HashMap;
import java.util.Map;
import org.hamcrest.Matcher;
import vn.khaosat.testing.support.ApiRequests;

/**
 * Requests as the roles of the suite ({@link ApiRequests}), and fixtures made through the API
 * itself.
 */
final class Api extends ApiRequests {

  private Api() {}

  /** The ETag of a view of {@code version} that follows the day: {@code "3@2026-12-03"}. */
  static Matcher<String> datedTag(long version) {
    return matchesPattern("\"" + version + "@\\d{4}-\\d{2}-\\d{2}\"");
  }

  /** The ETag of a view of any version that follows the day. */
  static Matcher<String> datedTag() {
    return matchesPattern("\"\\d+@\\d{4}-\\d{2}-\\d{2}\"");
  }

  /**
   * A unit code no other test uses; the stand-in for indicators-service knows it as a district.
   * {@code marker} (e.g. "IDOWN") chooses how the stand-ins behave for it.
   */
  static String unit(String marker) {
    return "U" + next() + marker + Long.toString(System.nanoTime() % 10000, 36);
  }

  static String unit() {
    return unit("");
  }

  static Map<String, Object> session(String unit) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", "Khảo sát kết quả thực hiện Nghị quyết Đại hội nhiệm kỳ 2015-2020");
    body.put("superiorBody", "Tỉnh ủy Đắk Nông");
    body.put("leadingBody", "Tiểu ban Nội dung Đại hội XII Đảng bộ tỉnh");
    body.put("hostUnitCode", unit);
    body.put("hostBody", "Ban Thường vụ Huyện ủy Đắk Song");
    body.put("startsAt", "2019-11-28T08:00:00+07:00");
    body.put("endsAt", "2019-11-28T11:30:00+07:00");
    body.put("place", "Hội trường Huyện ủy Đắk Song");
    body.put("purpose", "Khảo sát kết quả thực hiện Nghị quyết Đại hội Đảng bộ huyện");
    body.put("reviewedTerm", "2015-2020");
    body.put("plannedTerm", "2020-2025");
    body.put("minutesNumber", "05-BB/TBND");
    return body;
  }

  /** Creates a session as admin and returns its id. */
  static long createSession(String unit) {
    return id(admin().body(session(unit)).post("/api/surveys").then().statusCode(201));
  }

  static long addGuest(long session, String name, String role) {
    return id(
        admin()
            .body(Map.of("fullName", name, "role", role))
            .post("/api/surveys/" + session + "/participants")
            .then()
            .statusCode(201));
  }

  static long addCadre(long session, long cadreId, String role) {
    return id(
        admin()
            .body(Map.of("cadreId", cadreId, "role", role))
            .post("/api/surveys/" + session + "/participants")
            .then()
            .statusCode(201));
  }

  static long addStatement(long session, long speaker, String kind, String text) {
    return id(
        admin()
            .body(Map.of("speakerId", speaker, "kind", kind, "text", text))
            .post("/api/surveys/" + session + "/statements")
            .then()
            .statusCode(201));
  }

  static Map<String, Object> directive(String unit, String deadline) {
    return Map.of(
        "text",
        "Rà soát chất lượng đội ngũ nhân sự cấp ủy nhiệm kỳ tới",
        "responsibleBody",
        "Ban Thường vụ Huyện ủy",
        "responsibleUnitCode",
        unit,
        "deadline",
        deadline);
  }

  static long addDirective(long session, String unit, String deadline) {
    return id(
        admin()
            .body(directive(unit, deadline))
            .post("/api/surveys/" + session + "/directives")
            .then()
            .statusCode(201));
  }

  /**
   * A session carried to CONCLUDED with a leader and a secretary; returns {session, leader,
   * secretary}.
   */
  static long[] concludedSession(String unit) {
    long session = createSession(unit);
    long leader = addGuest(session, "Hà Trung Ký", "DELEGATION_LEADER");
    long secretary = addGuest(session, "Nguyễn Thị Thư", "SECRETARY");
    admin().post("/api/surveys/" + session + "/hold").then().statusCode(200);
    admin()
        .body(
            Map.of(
                "text", "Đảng bộ huyện cần rà soát chất lượng nhân sự.", "concludedById", leader))
        .put("/api/surveys/" + session + "/conclusion")
        .then()
        .statusCode(200);
    admin().post("/api/surveys/" + session + "/conclude").then().statusCode(200);
    return new long[] {session, leader, secretary};
  }

  /** A signed session with one directive due on {@code deadline}; returns {session, directive}. */
  static long[] signedWithDirective(String unit, String deadline) {
    long[] s = concludedSession(unit);
    long directive = addDirective(s[0], unit, deadline);
    sign(s);
    return new long[] {s[0], directive};
  }

  static void sign(long[] s) {
    admin()
        .body(Map.of("secretaryId", s[2], "chairId", s[1]))
        .post("/api/surveys/" + s[0] + "/sign")
        .then()
        .statusCode(200);
  }
}
