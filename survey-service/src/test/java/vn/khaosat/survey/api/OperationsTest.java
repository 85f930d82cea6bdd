package vn.khaosat.survey.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The API document, health, metrics, conditional reads and retried creates. */
@QuarkusTest
class OperationsTest {

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void everyOperationHasASummaryAndAnOperationId() {
    Map<String, Object> document =
        given().accept("application/json").get("/q/openapi?format=json").as(Map.class);
    Map<String, Map<String, Map<String, Object>>> paths = (Map) document.get("paths");
    List<String> missing = new ArrayList<>();
    paths.forEach(
        (path, operations) ->
            operations.forEach(
                (method, operation) -> {
                  if (operation instanceof Map
                      && (operation.get("summary") == null
                          || operation.get("operationId") == null)) {
                    missing.add(method + " " + path);
                  }
                }));
    assertEquals(List.of(), missing);
    for (String path :
        List.of(
            "/api/surveys",
            "/api/surveys/{id}/sign",
            "/api/surveys/{sessionId}/minutes",
            "/api/surveys/{sessionId}/dossier",
            "/api/directives",
            "/api/directives/{id}")) {
      assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
    }
  }

  @Test
  void healthIsUpWithTheDatabaseAndMetricsAreExposed() {
    given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
    Api.viewer().get("/api/surveys").then().statusCode(200);
    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("http_server_requests_seconds_count"));
  }

  @Test
  void aMobileClientRevalidatesWithIfNoneMatch() {
    long session = Api.createSession(Api.unit());
    String etag = Api.viewer().get("/api/surveys/" + session).then().extract().header("ETag");
    Api.viewer()
        .header("If-None-Match", etag)
        .get("/api/surveys/" + session)
        .then()
        .statusCode(304);
  }

  @Test
  void theMinutesAreDocumentedAsHtmlAndPdf() {
    given()
        .accept("application/json")
        .get("/q/openapi?format=json")
        .then()
        .body(
            "paths.'/api/surveys/{sessionId}/minutes'.get.responses.'200'.content.keySet()",
            org.hamcrest.Matchers.hasItems("text/html", "application/pdf"));
  }

  @Test
  void aRetriedCreateReturnsTheFirstResultInsteadOfADuplicate() {
    String unit = Api.unit();
    var body = Api.session(unit);
    String first =
        Api.admin()
            .header("Idempotency-Key", "session-" + unit)
            .body(body)
            .post("/api/surveys")
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    Api.admin()
        .header("Idempotency-Key", "session-" + unit)
        .body(body)
        .post("/api/surveys")
        .then()
        .statusCode(201)
        .header("Location", is(first))
        .header("Idempotent-Replayed", is("true"));
    Api.admin().get("/api/surveys?unit=" + unit).then().body("totalItems", is(1));
    body.put("place", "Nơi khác");
    Api.admin()
        .header("Idempotency-Key", "session-" + unit)
        .body(body)
        .post("/api/surveys")
        .then()
        .statusCode(422)
        .body(not(containsString("Nơi khác")));
  }
}
