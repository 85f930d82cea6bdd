package vn.khaosat.indicators.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What operators and integrators rely on: the API document, health, metrics, compression. */
@QuarkusTest
class OperationsTest {

  @Test
  @SuppressWarnings("unchecked")
  void everyOperationIsDocumentedWithSummaryResponsesAndExamples() {
    Map<String, Object> document =
        given()
            .accept("application/json")
            .get("/q/openapi?format=json")
            .then()
            .statusCode(200)
            .extract()
            .as(Map.class);
    Map<String, Map<String, Map<String, Object>>> paths = (Map) document.get("paths");
    List<String> missing = new ArrayList<>();
    paths.forEach(
        (path, operations) ->
            operations.forEach(
                (method, operation) -> {
                  if (!(operation instanceof Map)) {
                    return;
                  }
                  if (operation.get("summary") == null) {
                    missing.add(method + " " + path + ": summary");
                  }
                  if (operation.get("operationId") == null) {
                    missing.add(method + " " + path + ": operationId");
                  }
                  Map<String, Map<String, Object>> responses = (Map) operation.get("responses");
                  if (responses == null
                      || responses.values().stream().anyMatch(r -> r.get("description") == null)) {
                    missing.add(method + " " + path + ": responses");
                  }
                }));
    assertEquals(List.of(), missing);
    Map<String, Object> createUnit = (Map) paths.get("/api/units").get("post");
    assertTrue(
        ((List<Map<String, Object>>) createUnit.get("parameters"))
            .stream().anyMatch(p -> "Idempotency-Key".equals(p.get("name"))),
        "creates document Idempotency-Key");
    assertTrue(paths.size() >= 15, "paths: " + paths.keySet());
    Map<String, Map<String, Object>> schemas =
        (Map) ((Map) document.get("components")).get("schemas");
    for (String name :
        List.of(
            "UnitRequest",
            "IndicatorRequest",
            "TargetRequest",
            "ObservationRequest",
            "Evaluation")) {
      Map<String, Map<String, Object>> properties = (Map) schemas.get(name).get("properties");
      assertTrue(
          properties.values().stream()
              .anyMatch(p -> p.containsKey("example") || p.containsKey("examples")),
          name + " has no example");
    }
  }

  @Test
  void swaggerUiIsServed() {
    given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"));
  }

  @Test
  void healthIsUpWithTheDatabase() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", is("UP"))
        .body(containsString("Database"));
  }

  @Test
  void metricsAreExposedForPrometheus() {
    Api.viewer().get("/api/units/665").then().statusCode(200);
    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("http_server_requests_seconds_count"));
  }

  @Test
  void listsAreCompressedWhenTheClientAcceptsGzip() {
    Api.viewer()
        .header("Accept-Encoding", "gzip")
        .get("/api/units?size=200")
        .then()
        .statusCode(200)
        .header("Content-Encoding", "gzip");
  }
}
