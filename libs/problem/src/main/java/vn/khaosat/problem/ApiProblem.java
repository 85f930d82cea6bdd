package vn.khaosat.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A problem the application raises on purpose. It carries a message key and its arguments so that
 * the detail can be rendered in the language the client asked for ({@code Accept-Language}).
 */
public class ApiProblem extends HttpProblem {

  private final String messageKey;
  private final transient Object[] args;

  private ApiProblem(Builder builder, String messageKey, Object[] args) {
    super(builder);
    this.messageKey = messageKey;
    this.args = args;
  }

  /**
   * Builds a problem of the given status and type slug; the detail is the message of {@code key}.
   */
  public static ApiProblem of(int status, String type, String key, Object... args) {
    return of(status, type, List.of(), key, args);
  }

  static ApiProblem of(
      int status, String type, List<FieldViolation> violations, String key, Object... args) {
    Builder builder =
        HttpProblem.builder()
            .withStatus(status)
            .withType(typeUri(type))
            .withTitle(Messages.title(status, Messages.DEFAULT_LOCALE))
            .withDetail(Messages.format(Messages.DEFAULT_LOCALE, key, args));
    if (!violations.isEmpty()) {
      builder.with("violations", violations);
    }
    return new ApiProblem(builder, key, args);
  }

  /** A problem that carries more members beside the standard ones, e.g. an import summary. */
  public static ApiProblem withExtensions(
      int status, String type, Map<String, Object> extensions, String key, Object... args) {
    Builder builder =
        HttpProblem.builder()
            .withStatus(status)
            .withType(typeUri(type))
            .withTitle(Messages.title(status, Messages.DEFAULT_LOCALE))
            .withDetail(Messages.format(Messages.DEFAULT_LOCALE, key, args));
    extensions.forEach(builder::with);
    return new ApiProblem(builder, key, args);
  }

  /** The URI of a type that {@link ProblemTypes} lists. */
  public static URI typeUri(String type) {
    return ProblemTypes.of(type).uri();
  }

  public static ApiProblem badRequest(String key, Object... args) {
    return of(400, "bad-request", key, args);
  }

  /** A 400 naming the field at fault, shaped like a bean-validation failure. */
  public static ApiProblem invalidField(String field, String key, Object... args) {
    String message = Messages.format(Messages.DEFAULT_LOCALE, key, args);
    return of(
        400,
        "constraint-violation",
        List.of(new FieldViolation(field, "body", message, key, args)),
        key,
        args);
  }

  /**
   * A 400 naming every value at fault, each with where it was ({@code body}, {@code query}, {@code
   * path}, {@code header}); the detail names them all.
   */
  public static ApiProblem invalidInput(List<FieldViolation> violations) {
    if (violations.size() == 1 && violations.get(0).key() != null) {
      FieldViolation only = violations.get(0);
      return of(400, "constraint-violation", violations, only.key(), only.args());
    }
    if (violations.size() == 1) {
      FieldViolation only = violations.get(0);
      return of(
          400,
          "constraint-violation",
          violations,
          "problem.invalidValue",
          only.field(),
          only.in(),
          only.message());
    }
    String fields =
        violations.stream()
            .map(v -> v.field() + " (" + v.in() + ")")
            .distinct()
            .collect(java.util.stream.Collectors.joining(", "));
    return of(400, "constraint-violation", violations, "problem.invalidInput", fields);
  }

  /** A 400 for one query, path or header parameter. */
  public static ApiProblem invalidParameter(String in, String name, String key, Object... args) {
    String message = Messages.format(Messages.DEFAULT_LOCALE, key, args);
    return invalidInput(List.of(new FieldViolation(name, in, message, key, args)));
  }

  public static ApiProblem forbidden(String key, Object... args) {
    return of(403, "forbidden", key, args);
  }

  public static ApiProblem notFound(String key, Object... args) {
    return of(404, "not-found", key, args);
  }

  public static ApiProblem conflict(String key, Object... args) {
    return of(409, "conflict", key, args);
  }

  public static ApiProblem preconditionFailed(String key, Object... args) {
    return of(412, "precondition-failed", key, args);
  }

  public static ApiProblem payloadTooLarge(String key, Object... args) {
    return of(413, "payload-too-large", key, args);
  }

  public static ApiProblem unsupportedMediaType(String key, Object... args) {
    return of(415, "unsupported-media-type", key, args);
  }

  public static ApiProblem serviceUnavailable(String key, Object... args) {
    return of(503, "service-unavailable", key, args);
  }

  public String messageKey() {
    return messageKey;
  }

  /** The detail in the given language. */
  public String detail(Locale locale) {
    return Messages.format(locale, messageKey, args);
  }
}
