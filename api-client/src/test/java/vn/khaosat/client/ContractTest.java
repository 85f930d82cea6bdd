package vn.khaosat.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A contract a generated client can trust: every 2xx answer of the merged document that has a body
 * documents it, every JSON one with a schema of its own (an object, an array, a record), the
 * records it answers with say which properties are always there, and so no generated method returns
 * an untyped {@code Object}.
 */
class ContractTest {

  private static final Path DOCUMENT = Path.of("target", "khaosat-openapi.json");
  private static final Path APIS =
      Path.of(
          "target",
          "generated-sources",
          "openapi",
          "src",
          "gen",
          "java",
          "vn",
          "khaosat",
          "client",
          "api");

  /** The 2xx answers that have no body by definition. */
  private static final Set<String> WITHOUT_BODY = Set.of("204", "304");

  private static JsonNode document;

  @BeforeAll
  static void read() throws IOException {
    document = new ObjectMapper().readTree(DOCUMENT.toFile());
  }

  @Test
  void everyTwoHundredAnswerWithABodyIsTyped() {
    List<String> untyped = new ArrayList<>();
    successes(
        (operation, response) -> {
          JsonNode content = response.getValue().path("content");
          if (content.isEmpty() && !WITHOUT_BODY.contains(response.getKey())) {
            untyped.add(operation + " " + response.getKey() + " (no content)");
          }
          JsonNode json = content.path("application/json");
          if (!json.isMissingNode() && !typed(json.path("schema"))) {
            untyped.add(operation + " " + response.getKey());
          }
        });
    assertEquals(List.of(), untyped, "2xx answers without a schema of their own");
  }

  @Test
  void everyRecordAnAnswerCarriesSaysWhatIsAlwaysThere() {
    Set<String> seen = new TreeSet<>();
    Deque<JsonNode> pending = new ArrayDeque<>();
    successes(
        (operation, response) ->
            pending.add(response.getValue().path("content").path("application/json")));
    List<String> withoutRequired = new ArrayList<>();
    while (!pending.isEmpty()) {
      JsonNode node = pending.pop();
      if (node.has("$ref")) {
        String name = node.get("$ref").asText().replace("#/components/schemas/", "");
        if (seen.add(name)) {
          JsonNode schema = document.path("components").path("schemas").path(name);
          if (schema.has("properties") && schema.path("required").isEmpty()) {
            withoutRequired.add(name);
          }
          pending.add(schema);
        }
      }
      node.path("properties").forEach(pending::add);
      for (String part : List.of("schema", "items", "additionalProperties")) {
        if (node.path(part).isObject()) {
          pending.add(node.path(part));
        }
      }
    }
    assertEquals(List.of(), withoutRequired, "records answered with no required property");
  }

  @Test
  void noGeneratedMethodReturnsAnUntypedObject() throws Exception {
    List<String> untyped = new ArrayList<>();
    try (var files = Files.list(APIS)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString().replace(".java", "");
        Class<?> api = Class.forName("vn.khaosat.client.api." + name);
        for (Method method : api.getDeclaredMethods()) {
          if (Modifier.isPublic(method.getModifiers())
              && mentionsObject(method.getGenericReturnType())) {
            untyped.add(name + "." + method.getName());
          }
        }
      }
    }
    assertEquals(List.of(), untyped, "methods that return Object");
  }

  /** Calls {@code check} with "METHOD /path" and each 2xx response of every operation. */
  private static void successes(BiConsumer<String, java.util.Map.Entry<String, JsonNode>> check) {
    document
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        op ->
                            op.getValue().path("responses").properties().stream()
                                .filter(response -> response.getKey().startsWith("2"))
                                .forEach(
                                    response ->
                                        check.accept(
                                            op.getKey().toUpperCase() + " " + path.getKey(),
                                            response))));
  }

  private static boolean typed(JsonNode schema) {
    if (schema.has("$ref")) {
      return true;
    }
    String type = schema.path("type").asText("");
    return type.equals("array") ? typed(schema.path("items")) : type.equals("object");
  }

  private static boolean mentionsObject(Type type) {
    if (type == Object.class) {
      return true;
    }
    if (type instanceof ParameterizedType parameterized) {
      for (Type argument : parameterized.getActualTypeArguments()) {
        if (mentionsObject(argument)) {
          return true;
        }
      }
    }
    return false;
  }
}
