package vn.khaosat.testing.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What operators and integrators rely on in every service: the API document (each operation with a
 * summary and an operationId, the service's main paths), Swagger UI, health with the database,
 * Prometheus metrics, compressed lists, conditional reads and retried creates. A service's {@code
 * OperationsTest} extends it ({@code @QuarkusTest}) and names its own paths.
 */
public abstract class OperationsContract {

  /** Paths the document must hold. */
  protected abstract List<String> documentedPaths();

  /** A read a viewer may make (it shows in the metrics). */
  protected abstract String aRead();

  /** A list, long enough to be compressed. */
  protected abstract String aList();

  /** A record whose read sends an ETag (may create it). */
  protected abstract String aRecord();

  /**
   * A create retried with one Idempotency-Key: the body, the field changed for a different body,
   * and the list that must hold one of it.
   */
  protected abstract RetriedCreate aRetriedCreate();

  /**
   * A create, retried: {@code body} is sent again, then with {@code field} set to {@code other}.
   */
  public record RetriedCreate(
      String path, String key, Map<String, Object> body, String field, String other, String list) {}

  private static ValidatableResponse send(RetriedCreate c) {
    return ApiRequests.admin()
        .header("Idempotency-Key", c.key())
        .body(c.body())
        .post(c.path())
        .then();
  }

  /** The document as the service serves it. */
  @SuppressWarnings("unchecked")
  protected static Map<String, Object> document() {
    return given()
        .accept("application/json")
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .extract()
        .as(Map.class);
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void everyOperationHasASummaryAndAnOperationId() {
    Map<String, Map<String, Object>> paths = (Map) document().get("paths");
    List<String> missing = new ArrayList<>();
    paths.forEach(
        (path, operations) ->
            operations.forEach(
                (method, operation) -> {
                  if (operation instanceof Map op
                      && (op.get("summary") == null || op.get("operationId") == null)) {
                    missing.add(method + " " + path);
                  }
                }));
    assertEquals(List.of(), missing);
    for (String path : documentedPaths()) {
      assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
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
    ApiRequests.viewer().get(aRead()).then().statusCode(200);
    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("http_server_requests_seconds_count"));
  }

  @Test
  void listsAreCompressedWhenTheClientAcceptsGzip() {
    ApiRequests.viewer()
        .header("Accept-Encoding", "gzip")
        .get(aList())
        .then()
        .statusCode(200)
        .header("Content-Encoding", "gzip");
  }

  @Test
  void aMobileClientRevalidatesWithIfNoneMatch() {
    String record = aRecord();
    String etag = ApiRequests.viewer().get(record).then().extract().header("ETag");
    ApiRequests.viewer().header("If-None-Match", etag).get(record).then().statusCode(304);
  }

  @Test
  void aRetriedCreateReturnsTheFirstResultInsteadOfADuplicate() {
    RetriedCreate c = aRetriedCreate();
    String first = send(c).statusCode(201).extract().header("Location");
    send(c).statusCode(201).header("Location", is(first)).header("Idempotent-Replayed", is("true"));
    ApiRequests.admin().get(c.list()).then().body("totalItems", is(1));
    c.body().put(c.field(), c.other());
    send(c).statusCode(422).body(not(containsString(c.other())));
  }
}
