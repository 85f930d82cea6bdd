package vn.khaosat.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/** Reads the schemas of an OpenAPI 3.1 document: references resolved, siblings kept. */
final class Schemas {

  private final JsonNode document;

  Schemas(JsonNode document) {
    this.document = document;
  }

  /** The schema with its {@code $ref} (and {@code allOf} parts) merged in; local members win. */
  ObjectNode resolve(JsonNode schema) {
    ObjectNode merged = JsonNodeFactory.instance.objectNode();
    if (schema == null || !schema.isObject()) {
      return merged;
    }
    if (schema.has("$ref")) {
      merged.setAll(resolve(referenced(schema.get("$ref").asText())));
    }
    for (JsonNode part : schema.path("allOf")) {
      merged.setAll(resolve(part));
    }
    Iterator<Map.Entry<String, JsonNode>> fields = schema.fields();
    while (fields.hasNext()) {
      var field = fields.next();
      if (!field.getKey().equals("$ref") && !field.getKey().equals("allOf")) {
        merged.set(field.getKey(), field.getValue());
      }
    }
    return merged;
  }

  private JsonNode referenced(String ref) {
    JsonNode node = document;
    for (String part : ref.replaceFirst("^#/", "").split("/")) {
      node = node.path(part);
    }
    return node;
  }

  /** The JSON type a schema describes: its first non-null type, else what its members imply. */
  static String type(JsonNode schema) {
    JsonNode type = schema.path("type");
    if (type.isTextual()) {
      return type.asText();
    }
    for (JsonNode t : type) {
      if (!t.asText().equals("null")) {
        return t.asText();
      }
    }
    if (schema.has("properties")) {
      return "object";
    }
    if (schema.has("items")) {
      return "array";
    }
    if (schema.has("enum")) {
      return "string";
    }
    return "any";
  }

  /** The example a schema or parameter gives: {@code examples[0]}, {@code example}, a default. */
  static JsonNode example(JsonNode node) {
    if (node.path("examples").isArray() && !node.path("examples").isEmpty()) {
      return node.path("examples").get(0);
    }
    if (node.has("example")) {
      return node.get("example");
    }
    if (node.has("default")) {
      return node.get("default");
    }
    return null;
  }
}
