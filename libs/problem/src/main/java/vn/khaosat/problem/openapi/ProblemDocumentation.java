package vn.khaosat.problem.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import vn.khaosat.problem.Messages;

/**
 * Documents the problems every operation can answer, in the shape the suite sends them: each 4xx
 * and 5xx response carries the {@code Problem} schema (with its {@code violations}) and a real
 * example in Vietnamese, and every operation lists the ones the input policy gives it (400, 401,
 * 406, 500; 413 and 415 where it takes a body).
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
        .forEach((path, item) -> item.getOperations().values().forEach(op -> document(path, op)));
  }

  private static void document(String path, Operation op) {
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
        asProblem(entry.getValue(), status, path);
      }
    }
  }

  private static void asProblem(APIResponse response, int status, String path) {
    response.setContent(
        OASFactory.createContent()
            .addMediaType(
                MEDIA_TYPE,
                OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM))
                    .example(example(status, path))));
  }

  /** What the suite answers with that status, as Vietnamese-speaking callers get it. */
  static Map<String, Object> example(int status, String path) {
    Map<String, Object> problem = new LinkedHashMap<>();
    String instance = path.replaceAll("\\{[^}]+}", "665");
    problem.put("type", "urn:khaosat:problem:" + type(status));
    problem.put("title", Messages.title(status, Messages.VIETNAMESE));
    problem.put("status", status);
    if (status == 400) {
      String message = "phải nhỏ hơn hoặc bằng 200";
      problem.put("detail", "size (query): " + message + ".");
      problem.put("instance", instance);
      problem.put(
          "violations", List.of(Map.of("field", "size", "in", "query", "message", message)));
      return problem;
    }
    String detail = Messages.format(Messages.VIETNAMESE, "detail." + status, limit(status));
    problem.put(
        "detail",
        detail.startsWith("detail.")
            ? Messages.format(Messages.VIETNAMESE, "detail.default")
            : detail);
    problem.put("instance", instance);
    return problem;
  }

  private static String limit(int status) {
    return status == 414 ? "8192" : "20480";
  }

  private static String type(int status) {
    return switch (status) {
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not-found";
      case 406 -> "not-acceptable";
      case 409 -> "conflict";
      case 412 -> "precondition-failed";
      case 413 -> "payload-too-large";
      case 415 -> "unsupported-media-type";
      case 422 -> "unprocessable";
      case 429 -> "too-many-requests";
      case 503 -> "service-unavailable";
      case 504 -> "gateway-timeout";
      default -> status >= 500 ? "internal" : "bad-request";
    };
  }
}
