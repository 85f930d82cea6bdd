package vn.khaosat.indicators.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The problem examples of the document are what the service answers to the mistake they stand for,
 * word for word: a page too large, a misspelt parameter, no token, an Accept or a Content-Type it
 * does not serve, a write outside the caller's units.
 */
@QuarkusTest
class DocumentedProblemsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonNode document;

  /** Read in each test: RestAssured knows the test port only once the test runs. */
  @BeforeEach
  void read() throws Exception {
    if (document == null) {
      document = JSON.readTree(given().accept("application/json").get("/q/openapi").asString());
    }
  }

  @Test
  void aPageTooLarge() throws Exception {
    assertAnswered(example("/api/units", "get", 400), Api.viewer().get("/api/units?size=500"));
  }

  @Test
  void aMisspeltParameterWhereTheOperationTakesSome() throws Exception {
    JsonNode example = example("/api/measures", "get", 400);
    assertTrue(example.path("detail").asText().contains("indicator"), example.toString());
    assertAnswered(example, Api.viewer().get("/api/measures?dryrun=true"));
  }

  @Test
  void aParameterWhereTheOperationTakesNone() throws Exception {
    assertAnswered(
        example("/api/units/{code}", "get", 400), Api.viewer().get("/api/units/665?dryrun=true"));
  }

  @Test
  void noToken() throws Exception {
    assertAnswered(example("/api/units/{code}", "get", 401), Api.anonymous().get("/api/units/665"));
  }

  @Test
  void anAcceptItDoesNotServe() throws Exception {
    assertAnswered(
        example("/api/units/{code}", "get", 406),
        Api.viewer().accept("application/xml").get("/api/units/665"));
  }

  @Test
  void aContentTypeItDoesNotTake() throws Exception {
    assertAnswered(
        example("/api/units/{code}", "put", 415),
        Api.admin().contentType("text/plain").body("x").put("/api/units/665"));
  }

  @Test
  void aWriteOutsideTheCallersUnits() throws Exception {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    assertAnswered(
        example("/api/observations/{indicator}/{unit}/{year}/{status}", "put", 403),
        Api.statistician("664")
            .body(Map.of("value", 1))
            .put("/api/observations/{i}/665/2019/OFFICIAL", indicator));
  }

  @Test
  void aStaleIfMatch() throws Exception {
    String district = Api.openDistrict();
    String province =
        Api.viewer().get("/api/units/{c}", district).then().extract().path("parentCode");
    var body = Api.unitBody(district, "Huyện đổi tên " + district, "DISTRICT", province);
    Api.admin().body(body).put("/api/units/{c}", district).then().statusCode(200);
    assertAnswered(
        example("/api/units/{code}", "put", 412),
        Api.admin().header("If-Match", "\"0\"").body(body).put("/api/units/{c}", district));
  }

  /** The example as the document gives it for this operation and status. */
  private static JsonNode example(String path, String method, int status) {
    JsonNode example =
        document
            .path("paths")
            .path(path)
            .path(method)
            .path("responses")
            .path(String.valueOf(status))
            .path("content")
            .path("application/problem+json")
            .path("example");
    assertTrue(example.isObject(), method + " " + path + " documents no " + status + " example");
    return example;
  }

  /** The answer is the example, but for the instance, which names the path requested. */
  private static void assertAnswered(JsonNode example, Response answer) throws Exception {
    ObjectNode expected = example.deepCopy();
    ObjectNode actual = (ObjectNode) JSON.readTree(answer.asString());
    expected.remove("instance");
    actual.remove("instance");
    assertEquals(expected, actual, "the documented example is not the answer");
  }
}
