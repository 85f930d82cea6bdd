package vn.khaosat.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The values a field of a given schema must refuse: other JSON types, hostile text, extreme numbers
 * and dates, unknown enum constants, too many items. A value is a JSON node, or raw JSON text when
 * no node can carry it.
 */
final class BadValues {

  /** A bad value with a label for the report. {@code raw} is JSON text written as is. */
  record Bad(String label, JsonNode node, String raw) {
    static Bad of(String label, JsonNode node) {
      return new Bad(label, node, null);
    }

    static Bad raw(String label, String raw) {
      return new Bad(label, null, raw);
    }
  }

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** A string longer than any column when the schema declares no maximum. */
  static final int UNDECLARED_LENGTH = 100_001;

  private BadValues() {}

  static List<Bad> forField(ObjectNode schema, JsonNode valid) {
    List<Bad> bad = new ArrayList<>();
    String type = Schemas.type(schema);
    switch (type) {
      case "string" -> strings(schema, bad);
      case "integer" -> integers(schema, bad);
      case "number" -> numbers(schema, bad);
      case "boolean" -> {
        bad.add(Bad.of("string \"true\"", JSON.textNode("true")));
        bad.add(Bad.of("number 1", JSON.numberNode(1)));
      }
      case "array" -> arrays(schema, valid, bad);
      case "object" -> {
        bad.add(Bad.of("string", JSON.textNode("x")));
        bad.add(Bad.of("array", JSON.arrayNode()));
      }
      default -> {
        // a schema without a type accepts anything
      }
    }
    if (!type.equals("object") && !type.equals("array") && !type.equals("any")) {
      bad.add(Bad.of("object", JSON.objectNode().put("a", 1)));
      bad.add(Bad.of("array", JSON.arrayNode().add(valid == null ? JSON.nullNode() : valid)));
    }
    return bad;
  }

  private static void strings(ObjectNode schema, List<Bad> bad) {
    bad.add(Bad.of("number 123", JSON.numberNode(123)));
    bad.add(Bad.of("number 1.5", JSON.numberNode(new BigDecimal("1.5"))));
    bad.add(Bad.of("boolean", JSON.booleanNode(true)));
    bad.add(Bad.of("NUL", JSON.textNode("a\u0000b")));
    bad.add(Bad.of("lone high surrogate", JSON.textNode("a\ud800")));
    bad.add(Bad.of("lone low surrogate", JSON.textNode("\udc00b")));
    bad.add(Bad.of("control character", JSON.textNode("a\u0007b")));
    bad.add(Bad.of("U+FFFF", JSON.textNode("a\uffff")));
    int max = schema.path("maxLength").asInt(-1);
    int length = max >= 0 ? max + 1 : UNDECLARED_LENGTH;
    bad.add(Bad.of("length " + length, JSON.textNode("a".repeat(length))));
    String format = schema.path("format").asText("");
    if (format.equals("date") || format.equals("date-time")) {
      bad.add(Bad.of("date as number", JSON.numberNode(20191128)));
      bad.add(Bad.of("date 2019-13-45", JSON.textNode("2019-13-45")));
      bad.add(Bad.of("date +99999", JSON.textNode("+99999-01-01")));
      bad.add(Bad.of("date 0999", JSON.textNode("0999-01-01")));
      bad.add(Bad.of("date empty", JSON.textNode("")));
    }
    if (schema.path("enum").size() > 0) {
      String first = schema.path("enum").get(0).asText();
      bad.add(Bad.of("unknown constant", JSON.textNode("NOT_A_VALUE")));
      bad.add(Bad.of("lower case", JSON.textNode(first.toLowerCase(Locale.ROOT) + "_")));
      bad.add(Bad.of("constant as number", JSON.numberNode(0)));
    }
  }

  private static void integers(ObjectNode schema, List<Bad> bad) {
    bad.add(Bad.of("string \"12\"", JSON.textNode("12")));
    bad.add(Bad.of("fraction 1.5", JSON.numberNode(new BigDecimal("1.5"))));
    bad.add(Bad.of("boolean", JSON.booleanNode(true)));
    bad.add(Bad.raw("1e400", "1e400"));
    bad.add(Bad.of("huge", JSON.numberNode(new BigInteger("12345678901234567890123"))));
    bad.add(Bad.of("huge negative", JSON.numberNode(new BigInteger("-12345678901234567890123"))));
    bounds(schema, bad, BigDecimal.ONE);
  }

  private static void numbers(ObjectNode schema, List<Bad> bad) {
    bad.add(Bad.of("string \"8.25\"", JSON.textNode("8.25")));
    bad.add(Bad.of("boolean", JSON.booleanNode(true)));
    bad.add(Bad.raw("1e400", "1e400"));
    bad.add(Bad.raw("-1e400", "-1e400"));
    bad.add(Bad.raw("1e-400", "1e-400"));
    bad.add(Bad.raw("NaN", "NaN"));
    bad.add(
        Bad.of("30 digits", JSON.numberNode(new BigDecimal("123456789012345678901234567890.5"))));
    bounds(schema, bad, new BigDecimal("0.5"));
  }

  private static void bounds(ObjectNode schema, List<Bad> bad, BigDecimal step) {
    if (schema.has("maximum")) {
      bad.add(
          Bad.of("over maximum", JSON.numberNode(schema.get("maximum").decimalValue().add(step))));
    }
    if (schema.has("minimum")) {
      bad.add(
          Bad.of(
              "under minimum",
              JSON.numberNode(schema.get("minimum").decimalValue().subtract(step))));
    }
  }

  private static void arrays(ObjectNode schema, JsonNode valid, List<Bad> bad) {
    bad.add(Bad.of("string", JSON.textNode("x")));
    bad.add(Bad.of("object", JSON.objectNode()));
    int max = schema.path("maxItems").asInt(-1);
    JsonNode element = valid != null && valid.size() > 0 ? valid.get(0) : JSON.textNode("x");
    int count = max >= 0 ? max + 1 : 10_001;
    var many = JSON.arrayNode();
    for (int i = 0; i < count; i++) {
      many.add(element.deepCopy());
    }
    bad.add(Bad.of(count + " items", many));
  }
}
