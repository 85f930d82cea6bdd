package vn.khaosat.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every bad input of one operation, each a single change to an otherwise plausible request: the
 * path values the test gives (or the document's examples), the required query parameters' examples
 * and the example body. What the change breaks, and nothing else, is what must be refused.
 */
final class BadInputs {

  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

  private final Schemas schemas;
  private final Examples examples;
  private final BodyAttacks bodies;
  private final PathValues pathValues;

  Examples examples() {
    return examples;
  }

  Schemas schemas() {
    return schemas;
  }

  BadInputs(JsonNode document, PathValues pathValues, BodyValues bodyValues) {
    this.schemas = new Schemas(document);
    this.examples = new Examples(schemas, bodyValues);
    this.bodies = new BodyAttacks(schemas);
    this.pathValues = pathValues;
  }

  List<Attempt> of(ApiOperation op, Set<String> methodsOfPath) {
    List<Attempt> attempts = new ArrayList<>();
    byte[] body = op.takesJson() ? BodyAttacks.write(examples.body(op)) : null;
    for (ApiOperation.Parameter p : op.in("path")) {
      for (String bad : ParameterValues.forPath(p)) {
        Map<String, String> path = new LinkedHashMap<>(pathOf(op));
        path.put(p.name(), bad);
        attempts.add(
            attempt(op, "path", p.name() + "=" + bad, path, requiredQuery(op), body, null));
      }
    }
    for (ApiOperation.Parameter p : op.in("query")) {
      for (String bad : ParameterValues.forQuery(p)) {
        Map<String, String> query = new LinkedHashMap<>(requiredQuery(op));
        query.put(p.name(), bad);
        attempts.add(attempt(op, "query", p.name() + "=" + bad, pathOf(op), query, body, null));
      }
      String repeated =
          query(requiredQuery(op))
              + (requiredQuery(op).isEmpty() ? "?" : "&")
              + p.name()
              + "="
              + enc(example(p))
              + "&"
              + p.name()
              + "="
              + enc(example(p));
      if (!"array".equals(Schemas.type(p.schema()))) {
        attempts.add(
            raw(op, "query", p.name() + " twice", path(op, pathOf(op)) + repeated, body, null));
      }
    }
    Map<String, String> unknown = new LinkedHashMap<>(requiredQuery(op));
    unknown.put("zzzUnknown", "1");
    attempts.add(attempt(op, "query", "unknown parameter", pathOf(op), unknown, body, null));
    if (op.takesJson()) {
      for (BodyAttacks.Body bad : bodies.of(op.body(), examples.body(op))) {
        attempts.add(
            attempt(op, "body", bad.label(), pathOf(op), requiredQuery(op), bad.bytes(), null));
      }
      for (String type :
          List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
        attempts.add(attempt(op, "content-type", type, pathOf(op), requiredQuery(op), body, type));
      }
    }
    attempts.addAll(headers(op, body));
    METHODS.stream()
        .filter(m -> !methodsOfPath.contains(m))
        .findFirst()
        .ifPresent(
            m ->
                attempts.add(
                    new Attempt(op, "method", m, m, path(op, pathOf(op)), Map.of(), null)));
    return attempts;
  }

  /** The plausible request itself, which the server should accept: it proves the attacks' base. */
  Attempt valid(ApiOperation op) {
    byte[] body = op.takesJson() ? BodyAttacks.write(examples.body(op)) : null;
    return attempt(op, "valid", "the example request", pathOf(op), requiredQuery(op), body, null);
  }

  private List<Attempt> headers(ApiOperation op, byte[] body) {
    List<Attempt> attempts = new ArrayList<>();
    String target = path(op, pathOf(op)) + query(requiredQuery(op));
    Map<String, String> xml = new LinkedHashMap<>(contentType(op, null));
    xml.put("Accept", "application/xml");
    attempts.add(
        new Attempt(op, "header", "Accept: application/xml", op.method(), target, xml, body));
    for (ApiOperation.Parameter p : op.in("header")) {
      for (String bad : ParameterValues.forHeader(p)) {
        Map<String, String> headers = new LinkedHashMap<>(contentType(op, null));
        headers.put(p.name(), bad);
        attempts.add(
            new Attempt(
                op, "header", p.name() + ": " + shorten(bad), op.method(), target, headers, body));
      }
    }
    return attempts;
  }

  Attempt attempt(
      ApiOperation op,
      String kind,
      String what,
      Map<String, String> path,
      Map<String, String> query,
      byte[] body,
      String type) {
    return new Attempt(
        op,
        kind,
        shorten(what),
        op.method(),
        path(op, path) + query(query),
        contentType(op, type),
        body);
  }

  private Attempt raw(
      ApiOperation op, String kind, String what, String target, byte[] body, String type) {
    return new Attempt(op, kind, what, op.method(), target, contentType(op, type), body);
  }

  private static Map<String, String> contentType(ApiOperation op, String type) {
    if (type != null) {
      return Map.of("Content-Type", type);
    }
    return op.bodyType() == null ? Map.of() : Map.of("Content-Type", op.bodyType());
  }

  Map<String, String> pathOf(ApiOperation op) {
    Map<String, String> values = new LinkedHashMap<>();
    for (ApiOperation.Parameter p : op.in("path")) {
      values.put(p.name(), pathValues.of(op.path(), p.name()).orElseGet(() -> example(p)));
    }
    return values;
  }

  Map<String, String> requiredQuery(ApiOperation op) {
    Map<String, String> values = new LinkedHashMap<>();
    for (ApiOperation.Parameter p : op.in("query")) {
      if (p.required()) {
        values.put(p.name(), example(p));
      }
    }
    return values;
  }

  String example(ApiOperation.Parameter p) {
    JsonNode example = p.example() != null ? p.example() : examples.of(p.schema());
    return example.isTextual() ? example.asText() : example.toString();
  }

  /** The path with its parameters; a value already percent-encoded (starting with %) is kept. */
  private static String path(ApiOperation op, Map<String, String> values) {
    String path = op.path();
    for (var e : values.entrySet()) {
      String value =
          e.getValue().startsWith("%") || e.getValue().contains("%00")
              ? e.getValue()
              : enc(e.getValue()).replace("+", "%20");
      path = path.replace("{" + e.getKey() + "}", value);
    }
    return path;
  }

  private static String query(Map<String, String> values) {
    if (values.isEmpty()) {
      return "";
    }
    StringBuilder query = new StringBuilder("?");
    values.forEach(
        (k, v) ->
            query.append(query.length() > 1 ? "&" : "").append(enc(k)).append('=').append(enc(v)));
    return query.toString();
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String shorten(String text) {
    return text.length() > 80 ? text.substring(0, 40) + "…(" + text.length() + " chars)" : text;
  }
}
