package vn.khaosat.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashSet;
import java.util.Set;

/**
 * A plausible value for a schema, from its examples first: the base that each bad input changes in
 * one place, so that the change, and nothing else, is what the server must refuse.
 */
final class Examples {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final int MAX_DEPTH = 6;

  private final Schemas schemas;
  private final BodyValues overrides;

  Examples(Schemas schemas) {
    this(schemas, new BodyValues());
  }

  Examples(Schemas schemas, BodyValues overrides) {
    this.schemas = schemas;
    this.overrides = overrides;
  }

  JsonNode of(JsonNode schema) {
    return of(schemas.resolve(schema), 0);
  }

  /** The example body of an operation, with the values the test gives for its fields. */
  JsonNode body(ApiOperation op) {
    return overrides.apply(op.id(), of(op.body()));
  }

  private JsonNode of(ObjectNode schema, int depth) {
    JsonNode example = Schemas.example(schema);
    String type = Schemas.type(schema);
    if (example != null && !(type.equals("object") && example.isTextual())) {
      return example.deepCopy();
    }
    if (schema.path("enum").size() > 0) {
      return schema.path("enum").get(0).deepCopy();
    }
    return switch (type) {
      case "string" -> text(schema);
      case "integer" -> JSON.numberNode(schema.path("minimum").asLong(1));
      case "number" -> JSON.numberNode(schema.path("minimum").asDouble(1));
      case "boolean" -> JSON.booleanNode(false);
      case "array" -> array(schema, depth);
      case "object" -> object(schema, depth);
      default -> TextNode.valueOf("x");
    };
  }

  private static JsonNode text(ObjectNode schema) {
    return switch (schema.path("format").asText("")) {
      case "date" -> TextNode.valueOf("2019-11-28");
      case "date-time" -> TextNode.valueOf("2019-11-28T08:00:00+07:00");
      default -> TextNode.valueOf("x");
    };
  }

  private JsonNode array(ObjectNode schema, int depth) {
    ArrayNode array = JSON.arrayNode();
    if (schema.path("minItems").asInt(0) > 0 && depth < MAX_DEPTH) {
      array.add(of(schemas.resolve(schema.path("items")), depth + 1));
    }
    return array;
  }

  private JsonNode object(ObjectNode schema, int depth) {
    ObjectNode object = JSON.objectNode();
    if (depth >= MAX_DEPTH) {
      return object;
    }
    Set<String> required = new HashSet<>();
    schema.path("required").forEach(r -> required.add(r.asText()));
    schema
        .path("properties")
        .fields()
        .forEachRemaining(
            p -> {
              ObjectNode property = schemas.resolve(p.getValue());
              if (required.contains(p.getKey()) || Schemas.example(property) != null) {
                object.set(p.getKey(), of(property, depth + 1));
              }
            });
    return object;
  }
}
