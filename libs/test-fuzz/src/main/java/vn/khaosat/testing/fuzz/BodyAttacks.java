package vn.khaosat.testing.fuzz;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Bad JSON bodies for one operation: the document broken as a whole (malformed, another shape, an
 * unknown or duplicate field, too large, too deep), and each field of the example body, at every
 * depth, replaced by each of its {@link BadValues}, set to null or left out when required.
 */
final class BodyAttacks {

  /** A body: a label, and its bytes. */
  record Body(String label, byte[] bytes) {}

  static final ObjectMapper WRITER = new ObjectMapper();

  static {
    // a lone surrogate cannot be written as UTF-8, but it can be escaped
    WRITER.getFactory().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
  }

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String RAW = "\"__raw__\"";
  private static final int MAX_DEPTH = 4;

  private final Schemas schemas;

  BodyAttacks(Schemas schemas) {
    this.schemas = schemas;
  }

  static byte[] write(JsonNode node) {
    try {
      return WRITER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Body> of(ObjectNode schema, JsonNode base) {
    List<Body> bodies = new ArrayList<>(whole(base));
    fields(schema, base, "", 0, bodies);
    return bodies;
  }

  private List<Body> whole(JsonNode base) {
    List<Body> bodies = new ArrayList<>();
    String json = new String(write(base), StandardCharsets.UTF_8);
    bodies.add(text("malformed", "{\"a\":"));
    bodies.add(text("empty", ""));
    bodies.add(text("null", "null"));
    bodies.add(text("number", "123"));
    bodies.add(text("string", "\"text\""));
    bodies.add(text(base.isArray() ? "object" : "array", base.isArray() ? "{}" : "[]"));
    bodies.add(text("trailing data", json + " {}"));
    bodies.add(text("too deep", "[".repeat(2000) + "]".repeat(2000)));
    bodies.add(
        new Body(
            "invalid UTF-8",
            new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '(', '"', '}'}));
    if (base.isObject()) {
      ObjectNode unknown = ((ObjectNode) base.deepCopy()).put("zzzUnknownField", 1);
      bodies.add(new Body("unknown field", write(unknown)));
      if (base.size() > 0) {
        String first = base.fieldNames().next();
        String value = new String(write(base.get(first)), StandardCharsets.UTF_8);
        String dup = "{\"" + first + "\":" + value + "," + json.substring(1);
        bodies.add(text("duplicate field", dup));
      }
      ObjectNode huge = ((ObjectNode) base.deepCopy()).put("zzzPadding", "a".repeat(2_200_000));
      bodies.add(new Body("over 2 MB", write(huge)));
    }
    return bodies;
  }

  private void fields(ObjectNode schema, JsonNode base, String path, int depth, List<Body> out) {
    if (depth > MAX_DEPTH) {
      return;
    }
    String type = Schemas.type(schema);
    if (type.equals("object") && base != null && base.isObject()) {
      Set<String> required = new HashSet<>();
      schema.path("required").forEach(r -> required.add(r.asText()));
      var properties = schema.path("properties").fields();
      while (properties.hasNext()) {
        var property = properties.next();
        String name = property.getKey();
        ObjectNode propertySchema = schemas.resolve(property.getValue());
        String at = path.isEmpty() ? name : path + "." + name;
        JsonNode valid = base.get(name);
        for (BadValues.Bad bad : BadValues.forField(propertySchema, valid)) {
          out.add(replaced(at, bad, (copy, value) -> ((ObjectNode) copy).set(name, value), base));
        }
        if (required.contains(name)) {
          out.add(
              replaced(
                  at,
                  BadValues.Bad.of("null", JSON.nullNode()),
                  (c, v) -> ((ObjectNode) c).set(name, v),
                  base));
          ObjectNode missing = ((ObjectNode) base.deepCopy());
          missing.remove(name);
          out.add(new Body(at + ": missing", write(missing)));
        }
        nested(at, propertySchema, valid, depth, out, base, name);
      }
    }
  }

  /** The attacks of a nested object or of an array's first element, placed back in the body. */
  private void nested(
      String at,
      ObjectNode schema,
      JsonNode valid,
      int depth,
      List<Body> out,
      JsonNode base,
      String name) {
    String type = Schemas.type(schema);
    List<Body> inner = new ArrayList<>();
    if (type.equals("object") && valid != null && valid.isObject()) {
      fields(schema, valid, "", depth + 1, inner);
      for (Body body : inner) {
        out.add(wrap(at + "." + body.label(), base, name, body, false));
      }
    } else if (type.equals("array")) {
      ObjectNode items = schemas.resolve(schema.path("items"));
      JsonNode element =
          valid != null && valid.size() > 0 ? valid.get(0) : new Examples(schemas).of(items);
      for (BadValues.Bad bad : BadValues.forField(items, element)) {
        ArrayNode array = JSON.arrayNode();
        out.add(
            replaced(
                at + "[0]",
                bad,
                (copy, value) -> ((ObjectNode) copy).set(name, array.removeAll().add(value)),
                base));
      }
      if (Schemas.type(items).equals("object")) {
        fields(items, element, "", depth + 1, inner);
        for (Body body : inner) {
          out.add(wrap(at + "[0]." + body.label(), base, name, body, true));
        }
      }
    }
  }

  private static Body wrap(String label, JsonNode base, String name, Body inner, boolean inArray) {
    String marker = "__inner__";
    ObjectNode copy = ((ObjectNode) base.deepCopy());
    copy.put(name, marker);
    String innerJson = new String(inner.bytes(), StandardCharsets.UTF_8);
    String json =
        new String(write(copy), StandardCharsets.UTF_8)
            .replace("\"" + marker + "\"", inArray ? "[" + innerJson + "]" : innerJson);
    return new Body(label, json.getBytes(StandardCharsets.UTF_8));
  }

  private static Body replaced(
      String at, BadValues.Bad bad, BiConsumer<JsonNode, JsonNode> set, JsonNode base) {
    JsonNode copy = base.deepCopy();
    if (bad.raw() != null) {
      set.accept(copy, JSON.textNode("__raw__"));
      String json = new String(write(copy), StandardCharsets.UTF_8).replace(RAW, bad.raw());
      return text(at + ": " + bad.label(), json);
    }
    set.accept(copy, bad.node());
    return new Body(at + ": " + bad.label(), write(copy));
  }

  private static Body text(String label, String json) {
    return new Body(label, json.getBytes(StandardCharsets.UTF_8));
  }
}
