package vn.khaosat.survey.api;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.khaosat.survey.UpstreamWireMock;
import vn.khaosat.testing.fuzz.BoundaryFuzz;
import vn.khaosat.testing.fuzz.DatabaseSnapshot;
import vn.khaosat.testing.jwt.TestTokens;

/**
 * DESIGN.md's input policy, proven from this service's own OpenAPI document: every operation is
 * sent bad inputs of every kind (see {@link BoundaryFuzz}), and each must get a 4xx problem with a
 * detail, while not one row of the database changes. The fixtures belong to a unit of their own, so
 * no other test's list or count sees them: session A (HELD) takes the content operations, B
 * (CONCLUDED) the signing and C (SIGNED) the amendments, since the example request of each
 * operation, sent after its attacks, really writes.
 */
@QuarkusTest
class BoundaryFuzzTest {

  @Inject CircuitBreakerMaintenance circuitBreakers;

  @AfterEach
  void closeTheCircuits() {
    circuitBreakers.resetAll();
  }

  @Test
  void everyOperationRefusesBadInputWithAProblemAndWritesNothing() {
    warmUpTheStandIns();
    String unit = Api.unit("FZ");
    long a = Api.createSession(unit);
    long leader = Api.addGuest(a, "Hà Trung Ký", "DELEGATION_LEADER");
    long member = Api.addGuest(a, "Phan Văn Hợp", "HOST_MEMBER");
    long agendaItem = agendaItem(a);
    long first = Api.addStatement(a, leader, "REPORT", "Báo cáo kết quả thực hiện Nghị quyết.");
    long reply = reply(a, member, first);
    long finding = finding(a);
    long directive = Api.addDirective(a, unit, "2020-03-31");
    Api.admin().post("/api/surveys/" + a + "/hold").then().statusCode(200);
    Api.admin().post("/api/surveys/" + a + "/dossier").then().statusCode(201);
    long[] b = Api.concludedSession(unit);
    long[] c = Api.concludedSession(unit);
    Api.sign(c);
    long amendment = amendment(c[0]);

    String document = given().accept("application/json").get("/q/openapi?format=json").asString();
    String surveys = "/api/surveys/{sessionId}";
    var report =
        BoundaryFuzz.against(URI.create("http://localhost:" + RestAssured.port))
            .document(document)
            .bearer(TestTokens.admin())
            .pathValue("id", String.valueOf(a))
            .pathValue("sessionId", String.valueOf(a))
            .pathValue("/api/surveys/{id}/sign", "id", String.valueOf(b[0]))
            .pathValue(surveys + "/amendments", "sessionId", String.valueOf(c[0]))
            .pathValue(surveys + "/amendments", "id", String.valueOf(amendment))
            .pathValue(surveys + "/agenda", "id", String.valueOf(agendaItem))
            .pathValue(surveys + "/statements", "id", String.valueOf(reply))
            .pathValue(surveys + "/findings", "id", String.valueOf(finding))
            .pathValue(surveys + "/participants", "id", String.valueOf(member))
            .pathValue(surveys + "/directives", "id", String.valueOf(directive))
            .pathValue("/api/directives", "id", String.valueOf(directive))
            .bodyValue("hostUnitCode", unit)
            .bodyValue("responsibleUnitCode", unit)
            .bodyValue("speakerId", leader)
            .bodyValue("agendaItemId", agendaItem)
            .bodyValue("replyToId", first)
            .bodyValue("concludedById", leader)
            .bodyValue("signMinutes", "secretaryId", b[2])
            .bodyValue("signMinutes", "chairId", b[1])
            // the example adds cadre 12; the member becomes another cadre, not the same one twice
            .bodyValue("updateParticipant", "cadreId", 13)
            .database(DatabaseSnapshot.Source.ofQuarkusTest("survey"))
            .run();
    System.out.println("survey-service boundary fuzz\n" + report.summary());
    report.writeTo(Path.of("target", "boundary-fuzz.txt"));
    report.assertClean();
  }

  /**
   * The stand-ins' first templated answer is slow; when this test runs first it must not time out.
   */
  private static void warmUpTheStandIns() {
    given().get(standIn(UpstreamWireMock.INDICATORS_PORT, "/api/units/665")).then().statusCode(200);
    given().get(standIn(UpstreamWireMock.CADRE_PORT, "/api/cadres/12")).then().statusCode(200);
  }

  private static String standIn(String portProperty, String path) {
    return "http://localhost:" + Integer.getInteger(portProperty) + path;
  }

  private static long agendaItem(long session) {
    return id(
        Api.admin()
            .body(Map.of("title", "Báo cáo kết quả thực hiện Nghị quyết Đại hội"))
            .post("/api/surveys/" + session + "/agenda"));
  }

  private static long reply(long session, long speaker, long answered) {
    return id(
        Api.admin()
            .body(
                Map.of(
                    "speakerId",
                    speaker,
                    "kind",
                    "EXPLANATION",
                    "replyToId",
                    answered,
                    "text",
                    "Giải trình một số vấn đề đoàn quan tâm."))
            .post("/api/surveys/" + session + "/statements"));
  }

  private static long finding(long session) {
    return id(
        Api.admin()
            .body(Map.of("kind", "STRENGTH", "text", "Kinh tế tăng trưởng khá."))
            .post("/api/surveys/" + session + "/findings"));
  }

  private static long amendment(long session) {
    return id(
        Api.admin()
            .body(
                Map.of(
                    "section",
                    "STATEMENTS",
                    "text",
                    "Ý kiến số 2: 11,4%.",
                    "reason",
                    "Ghi nhầm số liệu"))
            .post("/api/surveys/" + session + "/amendments"));
  }

  private static long id(io.restassured.response.Response response) {
    return response.then().statusCode(201).extract().jsonPath().getLong("id");
  }
}
