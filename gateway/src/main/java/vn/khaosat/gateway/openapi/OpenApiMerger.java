package vn.khaosat.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the OpenAPI documents of the services into one: their paths, tags and components side by
 * side, with the gateway as the only server, so that "Try it out" goes through it. Plain Java.
 */
public final class OpenApiMerger {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private OpenApiMerger() {}

  /**
   * @param documents each available service's document, by service name, in order
   * @param missing the services whose document could not be read, named in the description
   */
  public static ObjectNode merge(Map<String, JsonNode> documents, List<String> missing) {
    ObjectNode merged = JSON.objectNode();
    merged.put("openapi", "3.1.0");
    ObjectNode info = merged.putObject("info");
    info.put("title", "Khảo sát API");
    info.put("version", "1.0.0");
    info.putObject("contact")
        .put("name", "Khảo sát, the provincial IT team that runs it")
        .put("url", "https://khaosat.local/support");
    info.put(
        "description",
        "Every service of the suite behind the gateway: "
            + String.join(", ", documents.keySet())
            + (missing.isEmpty()
                ? "."
                : ". Not available now: " + String.join(", ", missing) + "."));
    merged.putArray("security").addObject().putArray("bearer");
    ObjectNode paths = merged.putObject("paths");
    ArrayNode tags = merged.putArray("tags");
    ObjectNode components = merged.putObject("components");
    Set<String> tagNames = new HashSet<>();
    Map<String, String> serviceOfPath = new HashMap<>();
    documents.forEach(
        (service, document) ->
            document
                .path("paths")
                .properties()
                .forEach(e -> serviceOfPath.put(e.getKey(), service)));
    documents
        .values()
        .forEach(
            document -> {
              document.path("paths").properties().forEach(e -> paths.set(e.getKey(), e.getValue()));
              for (JsonNode tag : document.path("tags")) {
                if (tagNames.add(tag.path("name").asText())) {
                  tags.add(tag);
                }
              }
              document
                  .path("components")
                  .properties()
                  .forEach(
                      section -> {
                        ObjectNode target =
                            components.has(section.getKey())
                                ? (ObjectNode) components.get(section.getKey())
                                : components.putObject(section.getKey());
                        // a shared name (Page, FieldViolation) means the same shape in every
                        // service: the first one stays
                        section
                            .getValue()
                            .properties()
                            .forEach(e -> target.putIfAbsent(e.getKey(), e.getValue()));
                      });
            });
    GatewayResponses.addTo(merged, serviceOfPath::get);
    return merged;
  }

  /** One service's document, served from the gateway's origin. */
  public static ObjectNode throughGateway(String service, JsonNode document) {
    ObjectNode copy = ((ObjectNode) document).deepCopy();
    GatewayResponses.addTo(copy, path -> service);
    return copy;
  }
}
