package vn.khaosat.cadre.api;

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
            "/api/cadres",
            "/api/cadres/{id}/history",
            "/api/committees",
            "/api/rule-sets/{code}",
            "/api/personnel-plans/{id}/vetting")) {
      assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
    }
  }

  @Test
  void healthIsUpWithTheDatabaseAndMetricsAreExposed() {
    given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
    Api.viewer().get("/api/rule-sets").then().statusCode(200);
    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("http_server_requests_seconds_count"));
  }

  @Test
  void aMobileClientRevalidatesWithIfNoneMatch() {
    String etag = Api.viewer().get("/api/rule-sets/CT35-2019").then().extract().header("ETag");
    Api.viewer()
        .header("If-None-Match", etag)
        .get("/api/rule-sets/CT35-2019")
        .then()
        .statusCode(304);
  }

  @Test
  void aRetriedCreateReturnsTheFirstResultInsteadOfADuplicate() {
    String unit = Api.unit();
    var body = Api.cadre("Ngô Văn Lặp", "MALE", "1971", unit);
    String first =
        Api.admin()
            .header("Idempotency-Key", "cadre-" + unit)
            .body(body)
            .post("/api/cadres")
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    Api.admin()
        .header("Idempotency-Key", "cadre-" + unit)
        .body(body)
        .post("/api/cadres")
        .then()
        .statusCode(201)
        .header("Location", is(first))
        .header("Idempotent-Replayed", is("true"));
    Api.admin().get("/api/cadres?unit=" + unit).then().body("totalItems", is(1));
    body.put("fullName", "Ngô Văn Khác");
    Api.admin()
        .header("Idempotency-Key", "cadre-" + unit)
        .body(body)
        .post("/api/cadres")
        .then()
        .statusCode(422)
        .body(not(containsString("Ngô Văn Khác")));
  }
}
