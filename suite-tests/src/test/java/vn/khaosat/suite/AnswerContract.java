package vn.khaosat.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Checks every 2xx JSON answer the story gets against the schema the merged document gives that
 * operation and status, {@code required} properties included: what the generated clients type as
 * always there must be there. A RestAssured filter, so every request of the story is checked.
 */
final class AnswerContract implements Filter {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode document;
  private final List<Template> templates = new ArrayList<>();
  private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
  private final List<String> broken = java.util.Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger checked = new AtomicInteger();

  /** A path of the document as a pattern; more literal characters win over fewer. */
  private record Template(String path, Pattern pattern, int literal) {}

  AnswerContract(String documentJson) throws java.io.IOException {
    this.document = JSON.readTree(documentJson);
    document
        .path("paths")
        .fieldNames()
        .forEachRemaining(
            path ->
                templates.add(
                    new Template(
                        path,
                        Pattern.compile(path.replaceAll("\\{[^}]+}", "[^/]+")),
                        path.replaceAll("\\{[^}]+}", "").length())));
    templates.sort(Comparator.comparingInt(Template::literal).reversed());
  }

  @Override
  public Response filter(
      FilterableRequestSpecification request,
      FilterableResponseSpecification response,
      FilterContext context) {
    Response answer = context.next(request, response);
    String type = answer.getContentType();
    if (answer.getStatusCode() / 100 == 2 && type != null && type.startsWith("application/json")) {
      check(request.getMethod(), URI.create(request.getURI()).getPath(), answer);
    }
    return answer;
  }

  private void check(String method, String path, Response answer) {
    String operation = method + " " + path + " " + answer.getStatusCode();
    Optional<Template> template =
        templates.stream().filter(t -> t.pattern().matcher(path).matches()).findFirst();
    if (template.isEmpty() || !path.startsWith("/api/")) {
      return;
    }
    JsonNode schema =
        document
            .path("paths")
            .path(template.get().path())
            .path(method.toLowerCase(Locale.ROOT))
            .path("responses")
            .path(String.valueOf(answer.getStatusCode()))
            .path("content")
            .path("application/json")
            .path("schema");
    if (schema.isMissingNode()) {
      broken.add(operation + ": the document has no JSON schema for this answer");
      return;
    }
    try {
      var errors =
          schemas
              .computeIfAbsent(
                  method + " " + template.get().path() + " " + answer.getStatusCode(),
                  k -> compile(schema))
              .validate(JSON.readTree(answer.asString()));
      checked.incrementAndGet();
      if (!errors.isEmpty()) {
        broken.add(operation + ": " + errors);
      }
    } catch (java.io.IOException e) {
      broken.add(operation + ": not JSON");
    }
  }

  /** The answer's schema with the document's components beside it, so that $ref resolves. */
  private JsonSchema compile(JsonNode schema) {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.set("components", document.path("components"));
    root.putArray("allOf").add(schema);
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
  }

  /** Answers that broke their documented schema. */
  List<String> broken() {
    return List.copyOf(broken);
  }

  /** How many answers were checked. */
  int checked() {
    return checked.get();
  }

  /** How many operations and statuses they were answers of. */
  int operations() {
    return schemas.size();
  }
}
