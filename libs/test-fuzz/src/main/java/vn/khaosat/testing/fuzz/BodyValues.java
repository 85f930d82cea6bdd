package vn.khaosat.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Field values the test gives for example bodies (an id of a fixture, a code no row has yet), for
 * every operation or for one, set wherever a field of that name appears in the body.
 */
final class BodyValues {

  private record Value(String operationId, String field, JsonNode value) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<Value> values = new ArrayList<>();

  void put(String operationId, String field, Object value) {
    values.add(new Value(operationId, field, JSON.valueToTree(value)));
  }

  JsonNode apply(String operationId, JsonNode body) {
    for (Value v : values) {
      if (v.operationId().isEmpty() || v.operationId().equals(operationId)) {
        set(body, v.field(), v.value());
      }
    }
    return body;
  }

  private static void set(JsonNode node, String field, JsonNode value) {
    if (node instanceof ObjectNode object) {
      if (object.has(field)) {
        object.set(field, value.deepCopy());
      }
      object.forEach(child -> set(child, field, value));
    } else if (node != null && node.isArray()) {
      node.forEach(child -> set(child, field, value));
    }
  }
}
