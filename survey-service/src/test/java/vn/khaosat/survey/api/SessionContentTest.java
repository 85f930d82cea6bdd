package vn.khaosat.survey.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Participants, agenda, statements and findings, and the inputs they refuse. */
@QuarkusTest
class SessionContentTest {

  @Inject CircuitBreakerMaintenance circuitBreakers;

  @BeforeEach
  @AfterEach
  void closeTheCircuits() {
    circuitBreakers.resetAll();
  }

  @Test
  void aCadreIsCopiedWithThePostHeldOnTheSessionsDay() {
    long session = Api.createSession(Api.unit());
    // the record's posts: deputy secretary from 2015-10, secretary from 2018-03
    Api.admin()
        .body(Map.of("cadreId", 12, "role", "HOST_CHAIR"))
        .post("/api/surveys/" + session + "/participants")
        .then()
        .statusCode(201)
        .body("fullName", is("Cán bộ 12"))
        .body("title", is("Bí thư Huyện ủy"))
        .body("cadreVersion", is(3))
        .body("unitCode", is("665"))
        .body("attendance", is("PRESENT"));
    Api.admin()
        .body(Map.of("cadreId", 12, "role", "HOST_MEMBER"))
        .post("/api/surveys/" + session + "/participants")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("cadreId"));
    Api.admin()
        .body(
            Map.of(
                "fullName",
                "Nguyễn Văn Doanh",
                "organization",
                "Công ty Cà phê Đắk Song",
                "role",
                "ENTERPRISE_REPRESENTATIVE"))
        .post("/api/surveys/" + session + "/participants")
        .then()
        .statusCode(201)
        .body("cadreId", nullValue());
    Api.viewer()
        .get("/api/surveys/" + session)
        .then()
        .body("participants.fullName", contains("Cán bộ 12", "Nguyễn Văn Doanh"))
        .body("participants.position", contains(1, 2));
  }

  @Test
  void participantsNeedACadreOrAName() {
    long session = Api.createSession(Api.unit());
    String path = "/api/surveys/" + session + "/participants";
    Api.admin().body(Map.of("role", "GUEST")).post(path).then().statusCode(400);
    Api.admin()
        .body(Map.of("cadreId", 5, "fullName", "Ai đó", "role", "GUEST"))
        .post(path)
        .then()
        .statusCode(400)
        .body("violations[0].field", is("cadreId"));
    Api.admin()
        .body(Map.of("fullName", "Ai đó"))
        .post(path)
        .then()
        .statusCode(400)
        .body("violations[0].field", is("role"));
    Api.admin()
        .body(Map.of("fullName", "Ai đó", "role", "CHIEF"))
        .post(path)
        .then()
        .statusCode(400);
    Api.admin()
        .body(Map.of("cadreId", 9001, "role", "GUEST"))
        .post(path)
        .then()
        .statusCode(400)
        .body("detail", containsString("9001"));
    Api.admin()
        .body(Map.of("cadreId", 7001, "role", "GUEST"))
        .post(path)
        .then()
        .statusCode(503)
        .body("detail", containsString("cadre-service"));
    // who may not write learns nothing of cadres: refused before cadre-service is asked
    Api.viewer().body(Map.of("cadreId", 7001, "role", "GUEST")).post(path).then().statusCode(403);
    Api.viewer().get("/api/surveys/" + session).then().body("participants.size()", is(0));
  }

  @Test
  void statementsKeepOrderAndRepliesPointBack() {
    long session = Api.createSession(Api.unit());
    long leader = Api.addGuest(session, "Hà Trung Ký", "DELEGATION_LEADER");
    long chair = Api.addGuest(session, "Phan Văn Hợp", "HOST_CHAIR");
    long agenda =
        Api.admin()
            .body(Map.of("title", "Báo cáo kết quả thực hiện Nghị quyết"))
            .post("/api/surveys/" + session + "/agenda")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    long report = Api.addStatement(session, chair, "REPORT", "Tăng trưởng bình quân 11,4%.");
    long question = Api.addStatement(session, leader, "QUESTION", "Vì sao rừng chưa bền vững?");
    Map<String, Object> reply = new HashMap<>();
    reply.put("speakerId", chair);
    reply.put("kind", "EXPLANATION");
    reply.put("replyToId", question);
    reply.put("agendaItemId", agenda);
    reply.put("text", "Giải trình về quản lý, bảo vệ rừng.");
    Api.admin()
        .body(reply)
        .post("/api/surveys/" + session + "/statements")
        .then()
        .statusCode(201)
        .body("position", is(3))
        .body("replyToPosition", is(2))
        .body("speakerName", is("Phan Văn Hợp"));
    Api.viewer()
        .get("/api/surveys/" + session)
        .then()
        .body("statements.kind", contains("REPORT", "QUESTION", "EXPLANATION"))
        .body("statements[2].agendaItemId", is((int) agenda));
    // an answered statement stays; one that nobody answered may go
    Api.admin()
        .delete("/api/surveys/" + session + "/statements/" + question)
        .then()
        .statusCode(409);
    Api.admin().delete("/api/surveys/" + session + "/statements/" + report).then().statusCode(204);
    // a participant who spoke stays
    Api.admin().delete("/api/surveys/" + session + "/participants/" + chair).then().statusCode(409);
  }

  @Test
  void aStatementMustComeFromThisSessionAndAPresentSpeaker() {
    long session = Api.createSession(Api.unit());
    long other = Api.createSession(Api.unit());
    long stranger = Api.addGuest(other, "Người phiên khác", "GUEST");
    long speaker = Api.addGuest(session, "Đại biểu", "HOST_MEMBER");
    String path = "/api/surveys/" + session + "/statements";
    Api.admin()
        .body(Map.of("speakerId", stranger, "kind", "OPINION", "text", "Ý kiến"))
        .post(path)
        .then()
        .statusCode(400)
        .body("violations[0].field", is("speakerId"))
        .body("violations[0].message", containsString(String.valueOf(stranger)));
    long foreign = Api.addStatement(other, stranger, "OPINION", "Ý kiến ở phiên khác");
    Api.admin()
        .body(
            Map.of("speakerId", speaker, "kind", "EXPLANATION", "replyToId", foreign, "text", "x"))
        .post(path)
        .then()
        .statusCode(400)
        .body("violations[0].field", is("replyToId"));
    Api.admin()
        .body(Map.of("speakerId", speaker, "kind", "OPINION", "agendaItemId", 999999, "text", "x"))
        .post(path)
        .then()
        .statusCode(400)
        .body("violations[0].field", is("agendaItemId"));
    Api.admin()
        .body(Map.of("speakerId", speaker, "kind", "OPINION", "text", " "))
        .post(path)
        .then()
        .statusCode(400)
        .body("violations[0].field", is("text"));
    long absent =
        Api.admin()
            .body(Map.of("fullName", "Vắng mặt", "role", "HOST_MEMBER", "attendance", "EXCUSED"))
            .post("/api/surveys/" + session + "/participants")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    Api.admin()
        .body(Map.of("speakerId", absent, "kind", "OPINION", "text", "x"))
        .post(path)
        .then()
        .statusCode(400)
        .body("violations[0].message", containsString("không có mặt"));
    Api.viewer().get("/api/surveys/" + session).then().body("statements.size()", is(0));
  }

  @Test
  void findingsCopyTheTargetsWording() {
    long session = Api.createSession(Api.unit());
    String path = "/api/surveys/" + session + "/findings";
    Api.admin()
        .body(Map.of("kind", "STRENGTH", "text", "Tăng trưởng bình quân 11,4%", "targetId", 3))
        .post(path)
        .then()
        .statusCode(201)
        .body("targetLabel", is("Tốc độ tăng trưởng bình quân đạt 10%/năm trở lên"));
    Api.admin()
        .body(Map.of("kind", "LIMITATION", "text", "x", "targetId", 9003))
        .post(path)
        .then()
        .statusCode(400)
        .body("violations[0].field", is("targetId"));
    Api.admin().body(Map.of("kind", "GOOD", "text", "x")).post(path).then().statusCode(400);
    Api.viewer().get("/api/surveys/" + session).then().body("findings.size()", is(1));
  }

  @Test
  void everyLocationAnswersAndOnlyUnderItsOwnSession() {
    String unit = Api.unit();
    long[] s = Api.concludedSession(unit);
    String base = "/api/surveys/" + s[0];
    String statement =
        Api.admin()
            .body(Map.of("speakerId", s[1], "kind", "CONCLUSION", "text", "Kết luận"))
            .post(base + "/statements")
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    String agenda =
        Api.admin()
            .body(Map.of("title", "Nội dung 1"))
            .post(base + "/agenda")
            .then()
            .extract()
            .header("Location");
    String finding =
        Api.admin()
            .body(Map.of("kind", "CAUSE", "text", "Nguyên nhân chủ quan"))
            .post(base + "/findings")
            .then()
            .extract()
            .header("Location");
    Api.sign(s);
    String amendment =
        Api.admin()
            .body(Map.of("section", "OTHER", "text", "Bổ sung", "reason", "Thiếu"))
            .post(base + "/amendments")
            .then()
            .extract()
            .header("Location");
    Api.viewer().get(statement).then().statusCode(200).body("text", is("Kết luận"));
    Api.viewer().get(agenda).then().statusCode(200).body("title", is("Nội dung 1"));
    Api.viewer().get(finding).then().statusCode(200).body("kind", is("CAUSE"));
    Api.viewer().get(amendment).then().statusCode(200).body("reason", is("Thiếu"));
    Api.viewer()
        .get(base + "/participants/" + s[1])
        .then()
        .statusCode(200)
        .body("fullName", is("Hà Trung Ký"));
    long other = Api.createSession(unit);
    Api.viewer()
        .get(statement.replace("/surveys/" + s[0] + "/", "/surveys/" + other + "/"))
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    Api.viewer().get("/api/surveys/" + other + "/participants/" + s[1]).then().statusCode(404);
  }
}
