package vn.khaosat.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One operation of the document, as the fuzzer needs it. */
record ApiOperation(
    String method,
    String path,
    String id,
    List<Parameter> parameters,
    ObjectNode body,
    String bodyType,
    String accept) {

  /** A declared parameter: where it goes, whether it is required, its resolved schema. */
  record Parameter(String name, String in, boolean required, ObjectNode schema, JsonNode example) {}

  static List<ApiOperation> all(JsonNode document) {
    Schemas schemas = new Schemas(document);
    List<ApiOperation> operations = new ArrayList<>();
    document
        .path("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        op -> {
                          if (op.getValue().isObject() && op.getValue().has("responses")) {
                            operations.add(of(schemas, path.getKey(), op.getKey(), op.getValue()));
                          }
                        }));
    return operations;
  }

  private static ApiOperation of(Schemas schemas, String path, String method, JsonNode op) {
    List<Parameter> parameters = new ArrayList<>();
    for (JsonNode p : op.path("parameters")) {
      ObjectNode schema = schemas.resolve(p.path("schema"));
      JsonNode example = Schemas.example(p) != null ? Schemas.example(p) : Schemas.example(schema);
      parameters.add(
          new Parameter(
              p.path("name").asText(),
              p.path("in").asText(),
              p.path("required").asBoolean(p.path("in").asText().equals("path")),
              schema,
              example));
    }
    ObjectNode body = null;
    String bodyType = null;
    var content = op.path("requestBody").path("content");
    var names = content.fieldNames();
    while (names.hasNext()) {
      String type = names.next();
      if (bodyType == null || type.contains("json")) {
        bodyType = type;
        body = schemas.resolve(content.path(type).path("schema"));
      }
    }
    return new ApiOperation(
        method.toUpperCase(Locale.ROOT),
        path,
        op.path("operationId").asText(method + " " + path),
        List.copyOf(parameters),
        body,
        bodyType,
        accept(op));
  }

  /**
   * What a client of the operation accepts: the media types of its 2xx answers (an SVG chart is no
   * JSON), so that the attacks reach the checks and not the content negotiation.
   */
  private static String accept(JsonNode op) {
    List<String> types = new ArrayList<>();
    op.path("responses")
        .fields()
        .forEachRemaining(
            answer -> {
              if (answer.getKey().startsWith("2")) {
                answer.getValue().path("content").fieldNames().forEachRemaining(types::add);
              }
            });
    return types.isEmpty()
        ? "application/json"
        : String.join(", ", types.stream().distinct().toList());
  }

  boolean takesJson() {
    return bodyType != null && bodyType.contains("json");
  }

  List<Parameter> in(String where) {
    return parameters.stream().filter(p -> p.in().equals(where)).toList();
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
