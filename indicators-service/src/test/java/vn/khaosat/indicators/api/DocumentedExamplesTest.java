package vn.khaosat.indicators.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The examples of the document are the suite's own data: the unit Swagger UI composes from the Unit
 * schema's examples is what GET /api/units/665 answers for Đắk Song, a district of Đắk Nông.
 */
@QuarkusTest
class DocumentedExamplesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theUnitExampleIsDakSongAsTheServiceAnswersIt() throws Exception {
    JsonNode document =
        JSON.readTree(given().accept("application/json").get("/q/openapi").asString());
    ObjectNode example = JSON.createObjectNode();
    document
        .path("components")
        .path("schemas")
        .path("Unit")
        .path("properties")
        .properties()
        .forEach(p -> example.set(p.getKey(), p.getValue().path("examples").path(0)));
    assertEquals(example, JSON.readTree(Api.viewer().get("/api/units/665").asString()));
  }
}
