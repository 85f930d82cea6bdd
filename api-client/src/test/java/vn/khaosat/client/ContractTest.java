package vn.khaosat.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A contract a generated client can trust: every 2xx JSON answer of the merged document has a
 * schema of its own (an object, an array, a record), so that no generated method returns an
 * untyped {@code Object}.
 */
class ContractTest {

  private static final Path DOCUMENT = Path.of("target", "khaosat-openapi.json");
  private static final Path APIS = Path.of("target", "generated-sources", "openapi", "src", "gen",
      "java", "vn", "khaosat", "client", "api");

  @Test
  void everyTwoHundredJsonAnswerIsTyped() throws IOException {
    JsonNode document = new ObjectMapper().readTree(DOCUMENT.toFile());
    List<String> untyped = new ArrayList<>();
    document
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        op ->
                            op.getValue()
                                .path("responses")
                                .properties()
                                .forEach(
                                    response -> {
                                      if (!response.getKey().startsWith("2")) {
                                        return;
                                      }
                                      JsonNode json =
                                          response.getValue().path("content").path("application/json");
                                      if (!json.isMissingNode() && !typed(json.path("schema"))) {
                                        untyped.add(
                                            op.getKey().toUpperCase() + " " + path.getKey() + " "
                                                + response.getKey());
                                      }
                                    })));
    assertEquals(List.of(), untyped, "2xx JSON answers without a schema of their own");
  }

  private static boolean typed(JsonNode schema) {
    if (schema.has("$ref")) {
      return true;
    }
    String type = schema.path("type").asText("");
    return type.equals("array") ? typed(schema.path("items")) : type.equals("object");
  }

  @Test
  void noGeneratedMethodReturnsAnUntypedObject() throws Exception {
    List<String> untyped = new ArrayList<>();
    try (var files = Files.list(APIS)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString().replace(".java", "");
        Class<?> api = Class.forName("vn.khaosat.client.api." + name);
        for (Method method : api.getDeclaredMethods()) {
          if (Modifier.isPublic(method.getModifiers()) && mentionsObject(method.getGenericReturnType())) {
            untyped.add(name + "." + method.getName());
          }
        }
      }
    }
    assertTrue(untyped.isEmpty(), "methods that return Object: " + untyped);
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
