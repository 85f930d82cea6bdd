package vn.khaosat.problem.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import vn.khaosat.problem.Messages;
import vn.khaosat.problem.ProblemTypes;

/**
 * The example of each status an operation documents: what the suite answers, word for word in
 * Vietnamese, to a mistake any caller can make on that operation (a page too large, a misspelt
 * parameter, no token, a stale If-Match…), never a generator's placeholder.
 */
final class ProblemExamples {

  /** A typo of a real parameter ({@code dryRun}): refused on every operation. */
  static final String UNKNOWN_PARAMETER = "dryrun";

  private ProblemExamples() {}

  static Map<String, Object> of(int status, String path, String method, Operation op) {
    String instance = instance(path, op);
    return switch (status) {
      case 400 -> badInput(instance, op);
      case 403 ->
          "GET".equals(method)
              ? problem(403, "forbidden", "detail.403", instance)
              : problem(403, "forbidden", "problem.forbiddenUnit", instance, "665");
      case 409 -> problem(409, "conflict", "problem.concurrentUpdate", instance);
      case 412 ->
          problem(412, "precondition-failed", "problem.staleVersion", instance, "\"0\"", "\"1\"");
      case 413 -> problem(413, "payload-too-large", "problem.documentTooLarge", instance, "2 MB");
      case 414 -> problem(414, "uri-too-long", "detail.414", instance, "8192");
      case 422 -> problem(422, "idempotency-key-reused", "idempotency.keyReused", instance);
      case 431 -> problem(431, "headers-too-large", "detail.431", instance, "20480");
      case 500 -> problem(500, "internal", "problem.internal", instance);
      default -> problem(status, ProblemTypes.slugOf(status), "detail." + status, instance);
    };
  }

  /**
   * A page larger than allowed where the operation pages (Bean Validation's @Max, in its words),
   * else a misspelt parameter: one violation, named in the detail.
   */
  private static Map<String, Object> badInput(String instance, Operation op) {
    List<String> query = queryParameters(op);
    String field;
    String message;
    Map<String, Object> problem;
    if (query.contains("size")) {
      field = "size";
      message =
          ResourceBundle.getBundle("ValidationMessages", Messages.VIETNAMESE)
              .getString("jakarta.validation.constraints.Max.message")
              .replace("{value}", "200");
      problem =
          problem(
              400,
              "constraint-violation",
              "problem.invalidValue",
              instance,
              field,
              "query",
              message);
    } else {
      field = UNKNOWN_PARAMETER;
      String key = query.isEmpty() ? "input.param.none" : "input.param.unknown";
      problem =
          problem(400, "constraint-violation", key, instance, field, String.join(", ", query));
      message = (String) problem.get("detail");
    }
    Map<String, Object> violation = new LinkedHashMap<>();
    violation.put("field", field);
    violation.put("in", "query");
    violation.put("message", message);
    problem.put("violations", List.of(violation));
    return problem;
  }

  private static Map<String, Object> problem(
      int status, String slug, String key, String instance, Object... args) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", ProblemTypes.of(slug).uri().toString());
    problem.put("title", Messages.title(status, Messages.VIETNAMESE));
    problem.put("status", status);
    String detail = Messages.format(Messages.VIETNAMESE, key, args);
    problem.put(
        "detail",
        detail.equals(key) ? Messages.format(Messages.VIETNAMESE, "detail.default") : detail);
    problem.put("instance", instance);
    return problem;
  }

  private static List<String> queryParameters(Operation op) {
    TreeSet<String> names = new TreeSet<>();
    if (op.getParameters() != null) {
      for (Parameter p : op.getParameters()) {
        if (p.getIn() == Parameter.In.QUERY && p.getName() != null) {
          names.add(p.getName());
        }
      }
    }
    return List.copyOf(names);
  }

  /** The path as a request gives it: each path parameter replaced by its example. */
  private static String instance(String path, Operation op) {
    String instance = path;
    if (op.getParameters() != null) {
      for (Parameter p : op.getParameters()) {
        if (p.getIn() == Parameter.In.PATH && p.getExample() != null) {
          instance = instance.replace("{" + p.getName() + "}", String.valueOf(p.getExample()));
        }
      }
    }
    return instance.replaceAll("\\{[^}]+}", "1");
  }
}
