package vn.khaosat.survey.api;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every create honours {@code Idempotency-Key}, as the document says of each: a retry gets the
 * first answer and adds nothing, and a key that cannot be one is a 400 before anything is written.
 */
@QuarkusTest
class IdempotentCreatesTest {

  @Test
  void aRetriedCreateOfAPartAddsItOnce() {
    long session = Api.createSession(Api.unit());
    String base = "/api/surveys/" + session;
    long leader = Api.addGuest(session, "Hà Trung Ký", "DELEGATION_LEADER");
    Map<String, Map<String, Object>> creates =
        Map.of(
            "/agenda", Map.of("title", "Báo cáo kết quả"),
            "/findings", Map.of("kind", "STRENGTH", "text", "Tăng trưởng khá."),
            "/participants", Map.of("fullName", "Nguyễn Văn Bình", "role", "GUEST"),
            "/statements", Map.of("speakerId", leader, "kind", "REPORT", "text", "Báo cáo."),
            "/directives", Api.directive("665", "2020-03-31"));
    creates.forEach(
        (path, body) -> {
          String key = UUID.randomUUID().toString();
          long first =
              create(base + path, key, body)
                  .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue())
                  .extract()
                  .jsonPath()
                  .getLong("id");
          create(base + path, key, body)
              .header("Idempotent-Replayed", "true")
              .body("id", is((int) first));
        });
    Api.viewer()
        .get(base)
        .then()
        .body("agenda", hasSize(1))
        .body("findings", hasSize(1))
        .body("participants", hasSize(2))
        .body("statements", hasSize(1))
        .body("directives", hasSize(1));
    // the dossier has no body: the key alone makes the retry the same request
    String key = UUID.randomUUID().toString();
    long dossier = create(base + "/dossier", key, null).extract().jsonPath().getLong("id");
    create(base + "/dossier", key, null)
        .header("Idempotent-Replayed", "true")
        .body("id", is((int) dossier));
  }

  @Test
  void aKeyThatCannotBeOneIsRefusedAndNothingWritten() {
    long session = Api.createSession(Api.unit());
    String base = "/api/surveys/" + session;
    Api.admin()
        .header("Idempotency-Key", "k".repeat(201))
        .body(Map.of("title", "Báo cáo kết quả"))
        .post(base + "/agenda")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    Api.viewer().get(base).then().body("agenda", hasSize(0));
  }

  private static io.restassured.response.ValidatableResponse create(
      String path, String key, Map<String, Object> body) {
    var request = Api.admin().header("Idempotency-Key", key);
    return (body == null ? request : request.body(body)).post(path).then().statusCode(201);
  }
}
