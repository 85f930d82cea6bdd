package vn.khaosat.indicators.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The document states the boundary the service enforces (DESIGN.md §7): every string has a maximum
 * length or a list of values, every integer a minimum and a maximum, every array a maximum of
 * items, and every operation a description. Spectral checks the merged document in the build; this
 * names the place in this service's own.
 */
@QuarkusTest
class DocumentedBoundaryTest {

  @Test
  void everyValueInTheDocumentIsBounded() throws Exception {
    JsonNode document =
        new ObjectMapper()
            .readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
    List<String> unbounded = new ArrayList<>();
    walk(document, "", unbounded);
    assertEquals(List.of(), unbounded);
  }

  @Test
  void everyOperationHasADescription() throws Exception {
    JsonNode document =
        new ObjectMapper()
            .readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
    List<String> bare = new ArrayList<>();
    document
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        op -> {
                          if (op.getValue().path("description").asText("").isBlank()) {
                            bare.add(op.getKey() + " " + path.getKey());
                          }
                        }));
    assertEquals(List.of(), bare);
  }

  private static void walk(JsonNode node, String at, List<String> unbounded) {
    if (node.isObject()) {
      String type = node.path("type").asText("");
      boolean reference = node.has("$ref") || node.has("enum");
      if (type.equals("string") && !reference && !node.has("maxLength")) {
        unbounded.add(at + ": string without maxLength");
      }
      if (type.equals("integer") && !(node.has("minimum") && node.has("maximum"))) {
        unbounded.add(at + ": integer without minimum and maximum");
      }
      if (type.equals("array") && !node.has("maxItems")) {
        unbounded.add(at + ": array without maxItems");
      }
      node.properties()
          .forEach(
              e -> {
                // examples are values, not schemas
                if (!e.getKey().equals("examples") && !e.getKey().equals("example")) {
                  walk(e.getValue(), at + "/" + e.getKey(), unbounded);
                }
              });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), at + "/" + i, unbounded);
      }
    }
  }
}
