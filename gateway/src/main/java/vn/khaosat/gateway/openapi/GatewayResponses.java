package vn.khaosat.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.Function;
import vn.khaosat.problem.Messages;
import vn.khaosat.problem.RoutingProblems;

/**
 * What the gateway adds to every operation of the documents it serves: the {@code RateLimit-*}
 * headers every answer carries, and the answers the gateway itself gives (429 past the rate limit,
 * 502, 503 and 504 when a service fails, cannot be reached or is too slow), each a problem. The
 * server is the gateway, public ({@code x-internal: false}). Plain Java.
 */
final class GatewayResponses {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String PROBLEM = "#/components/schemas/Problem";
  private static final String HEADER = "#/components/headers/";

  private static final Map<String, String> RATE_HEADERS =
      Map.of(
          "RateLimit-Limit", "Requests the caller may make at once (the bucket's size)",
          "RateLimit-Remaining", "Requests left now",
          "RateLimit-Reset", "Seconds until the bucket is full again");

  private static final Map<String, String> GATEWAY_ANSWERS =
      Map.of(
          "429", "Over the caller's rate limit: wait the seconds of Retry-After",
          "502", "The service answered with a broken response",
          "503",
              "The service that answers this path cannot be reached now; the others still answer",
          "504", "The service did not answer in time");

  private GatewayResponses() {}

  /** The gateway's answers, with the detail it gives them, naming the service behind a path. */
  private static final Map<String, String> GATEWAY_KEYS =
      Map.of(
          "429", "gateway.tooManyRequests",
          "502", "gateway.badGateway",
          "503", "gateway.unavailable",
          "504", "gateway.timeout");

  /**
   * @param serviceOfPath the service that answers a path of the document
   */
  static void addTo(ObjectNode document, Function<String, String> serviceOfPath) {
    ObjectNode server = JSON.objectNode();
    server.put("url", "/");
    server.put(
        "description",
        "The suite's gateway, at the origin this document was read from (local, test, staging or"
            + " production alike): the only server a client calls");
    server.put("x-internal", false);
    document.putArray("servers").add(server);
    ObjectNode headers = components(document).withObjectProperty("headers");
    RATE_HEADERS.forEach((name, description) -> headers.set(name, header(description)));
    headers.set("Retry-After", header("Seconds to wait before the next request"));
    ObjectNode cors = JSON.objectNode();
    cors.put(
        "description",
        "The calling web page's origin, when the request names one the gateway allows"
            + " (CORS_ORIGINS; * allows any); absent otherwise");
    cors.putObject("schema").put("type", "string").put("maxLength", 2000);
    headers.set("Access-Control-Allow-Origin", cors);
    document
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .forEach(
                        operation ->
                            operationAnswers(
                                operation, path.getKey(), serviceOfPath.apply(path.getKey()))));
  }

  private static void operationAnswers(JsonNode operation, String path, String service) {
    if (!operation.isObject() || !operation.has("responses")) {
      return;
    }
    ObjectNode responses = (ObjectNode) operation.get("responses");
    GATEWAY_ANSWERS.forEach(
        (status, description) -> {
          if (!responses.has(status)) {
            ObjectNode response = responses.putObject(status);
            response.put("description", description);
            response
                .putObject("content")
                .putObject("application/problem+json")
                .putObject("schema")
                .put("$ref", PROBLEM);
          }
          // what the gateway answers is a real answer of every operation behind it
          ObjectNode problem =
              responses
                  .withObjectProperty(status)
                  .withObjectProperty("content")
                  .withObjectProperty("application/problem+json");
          problem.set("example", example(Integer.parseInt(status), path, service));
        });
    ((ObjectNode) responses.get("429"))
        .withObjectProperty("headers")
        .putObject("Retry-After")
        .put("$ref", HEADER + "Retry-After");
    responses
        .properties()
        .forEach(
            e -> {
              if ((e.getKey().startsWith("2") || e.getKey().startsWith("4"))
                  && e.getValue().isObject()) {
                ObjectNode answerHeaders =
                    ((ObjectNode) e.getValue()).withObjectProperty("headers");
                RATE_HEADERS
                    .keySet()
                    .forEach(name -> answerHeaders.putObject(name).put("$ref", HEADER + name));
                answerHeaders
                    .putObject("Access-Control-Allow-Origin")
                    .put("$ref", HEADER + "Access-Control-Allow-Origin");
              }
            });
  }

  private static JsonNode example(int status, String path, String service) {
    String slug = RoutingProblems.typeOf(status);
    String detail =
        Messages.format(
            Messages.VIETNAMESE,
            GATEWAY_KEYS.get(String.valueOf(status)),
            status == 429 ? "12" : service == null ? "indicators-service" : service);
    String instance = path.replaceAll("\\{[^}]+}", "1");
    try {
      return new ObjectMapper()
          .readTree(RoutingProblems.body(status, slug, detail, instance, Messages.VIETNAMESE));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode header(String description) {
    ObjectNode header = JSON.objectNode();
    header.put("description", description);
    header
        .putObject("schema")
        .put("type", "integer")
        .put("format", "int64")
        .put("minimum", 0)
        .put("maximum", 86_400_000L);
    return header;
  }

  private static ObjectNode components(ObjectNode document) {
    return document.withObject("components");
  }
}
