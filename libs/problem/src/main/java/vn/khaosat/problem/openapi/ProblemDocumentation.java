package vn.khaosat.problem.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problems every operation can answer, in the shape the suite sends them: each 4xx
 * and 5xx response carries the {@code Problem} schema (with its {@code violations}) and a real
 * example in Vietnamese ({@link ProblemExamples}), and every operation lists the ones the input
 * policy gives it (400, 401, 406, 500; 413 and 415 where it takes a body).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemDocumentation implements OASFilter {

  static final String PROBLEM = "Problem";
  static final String MEDIA_TYPE = "application/problem+json";

  private static final Map<String, String> ALWAYS =
      Map.of(
          "400",
              "Bad input: the problem names each value at fault in violations (field, in, message)",
          "401", "No valid bearer token",
          "406", "The Accept header allows none of the types this operation answers",
          "500", "An unexpected error; the X-Request-Id header helps to find it in the logs");

  private static final Map<String, String> WITH_BODY =
      Map.of(
          "413", "The body is larger than allowed (2 MB for JSON)",
          "415", "The Content-Type is not one this operation takes");

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    Components components = openAPI.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      openAPI.setComponents(components);
    }
    ProblemSchemas.register(components);
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) ->
                item.getOperations().forEach((method, op) -> document(path, method.name(), op)));
  }

  private static void document(String path, String method, Operation op) {
    APIResponses responses = op.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      op.setResponses(responses);
    }
    Map<String, String> added = new LinkedHashMap<>(ALWAYS);
    if (op.getRequestBody() != null) {
      added.putAll(WITH_BODY);
    }
    for (var entry : added.entrySet()) {
      if (!responses.hasAPIResponse(entry.getKey())) {
        responses.addAPIResponse(
            entry.getKey(), OASFactory.createAPIResponse().description(entry.getValue()));
      }
    }
    for (var entry : responses.getAPIResponses().entrySet()) {
      int status = Integer.parseInt(entry.getKey().replace("XX", "00"));
      if (status >= 400) {
        asProblem(entry.getValue(), ProblemExamples.of(status, path, method, op));
      }
    }
  }

  private static void asProblem(APIResponse response, Map<String, Object> example) {
    response.setContent(
        OASFactory.createContent()
            .addMediaType(
                MEDIA_TYPE,
                OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM))
                    .example(example)));
  }
}
