package vn.khaosat.testing.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The values a query, path or header parameter must refuse, by its schema. */
final class ParameterValues {

  private ParameterValues() {}

  static List<String> forQuery(ApiOperation.Parameter p) {
    List<String> bad = new ArrayList<>();
    bad.add("a\u0000b");
    bad.add("\u0007");
    int max = p.schema().path("maxLength").asInt(-1);
    bad.add("a".repeat(max >= 0 ? max + 1 : 1001));
    typed(p, bad);
    return bad;
  }

  /** Path values; a NUL goes as {@code %00}, which the path builder keeps. */
  static List<String> forPath(ApiOperation.Parameter p) {
    List<String> bad = new ArrayList<>();
    bad.add("%00");
    bad.add("a%00b");
    int max = p.schema().path("maxLength").asInt(-1);
    bad.add("a".repeat(max >= 0 ? max + 1 : 1001));
    String type = Schemas.type(p.schema());
    if (type.equals("integer")) {
      bad.add("abc");
      bad.add("1.5");
      bad.add("99999999999999999999999");
    }
    if (p.schema().path("enum").size() > 0) {
      bad.add("NOT_A_VALUE");
    }
    return bad;
  }

  static List<String> forHeader(ApiOperation.Parameter p) {
    List<String> bad = new ArrayList<>();
    int max = p.schema().path("maxLength").asInt(-1);
    bad.add("a".repeat(max >= 0 ? max + 1 : 1001));
    if (p.name().equalsIgnoreCase("If-Match")) {
      bad.add("not-an-etag");
      bad.add("\"999999999\"");
    }
    return bad;
  }

  private static void typed(ApiOperation.Parameter p, List<String> bad) {
    var schema = p.schema();
    switch (Schemas.type(schema)) {
      case "integer" -> {
        bad.add("abc");
        bad.add("1.5");
        bad.add("1e3");
        bad.add("99999999999999999999");
        bad.add("");
        if (schema.has("maximum")) {
          bad.add(schema.get("maximum").bigIntegerValue().add(java.math.BigInteger.ONE).toString());
        }
        if (schema.has("minimum")) {
          bad.add(
              schema
                  .get("minimum")
                  .bigIntegerValue()
                  .subtract(java.math.BigInteger.ONE)
                  .toString());
        }
      }
      case "number" -> {
        bad.add("abc");
        bad.add("1e400");
      }
      case "boolean" -> {
        bad.add("maybe");
        bad.add("1");
        bad.add("TRUE ");
        bad.add("");
      }
      default -> {
        String format = schema.path("format").asText("");
        if (format.equals("date")) {
          bad.add("2019-13-45");
          bad.add("20191128");
          bad.add("+99999-01-01");
          bad.add("");
        }
        if (schema.path("enum").size() > 0) {
          bad.add("NOT_A_VALUE");
          bad.add(schema.path("enum").get(0).asText().toLowerCase(Locale.ROOT) + "_");
          bad.add("");
        }
      }
    }
  }
}
