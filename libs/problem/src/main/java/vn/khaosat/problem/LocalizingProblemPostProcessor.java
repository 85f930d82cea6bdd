package vn.khaosat.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Locale;

/**
 * Renders every problem in the client's language and in one shape: a {@code type} always, the title
 * by status, a non-empty {@code detail} always. The detail of a problem the application raised
 * comes from its message key; what the framework raised by itself (an unknown path, a method or
 * media type it does not take, a body it cannot read) gets our own words, never the framework's
 * message, which names annotations and classes.
 */
@ApplicationScoped
@Startup
public class LocalizingProblemPostProcessor implements ProblemPostProcessor {

  private final RequestLocale requestLocale;

  public LocalizingProblemPostProcessor(RequestLocale requestLocale) {
    this.requestLocale = requestLocale;
  }

  @Override
  public HttpProblem apply(HttpProblem problem, ProblemContext context) {
    Locale locale = requestLocale.current();
    Throwable cause = context.cause;
    HttpProblem.Builder builder = copy(problem);
    int status = problem.getStatusCode();
    if (ClientErrorDetails.isParameterConversion(cause)) {
      status = 400;
      builder
          .withStatus(400)
          .withType(ApiProblem.typeUri("bad-parameter"))
          .withDetail(ClientErrorDetails.parameter(cause, locale));
    } else if (cause instanceof ApiProblem || problem instanceof ApiProblem) {
      ApiProblem api = cause instanceof ApiProblem a ? a : (ApiProblem) problem;
      builder.withDetail(api.detail(locale));
      if (problem.getParameters().get("violations") instanceof List<?> violations) {
        builder.with("violations", localize(violations, locale));
      }
    } else if (ClientErrorDetails.isTooLarge(cause)) {
      status = 413;
      builder
          .withStatus(413)
          .withType(ProblemTypes.forStatus(413))
          .withDetail(Messages.format(locale, "problem.documentTooLarge", "2 MB"));
    } else if (status == 400 && problem.getParameters().get("violations") == null) {
      var body = ClientErrorDetails.body(cause, locale);
      if (body.isPresent()) {
        builder.withType(ApiProblem.typeUri("unreadable-body")).withDetail(body.get().detail());
        builder.with(
            "violations",
            List.of(
                new FieldViolation(body.get().field(), "body", body.get().detail(), null, null)));
      } else {
        builder.withDetail(Messages.lookup(locale, "detail.400"));
      }
    } else if (status >= 500) {
      builder.withDetail(Messages.format(locale, "problem.internal"));
    } else if (cause instanceof WebApplicationException || blank(problem.getDetail())) {
      // NotFound, NotAllowed, NotAcceptable, NotSupported: the framework's text is not for users
      builder.withDetail(detailFor(status, locale));
    }
    if (problem.getType() == null) {
      builder.withType(ProblemTypes.forStatus(status));
    }
    String path = problem.getInstance() == null ? null : problem.getInstance().getPath();
    if (path != null && !SafeText.isSafe(path)) {
      // the path as the client sent it, NUL and all, is not an instance to echo
      builder.withInstance(printablePath(path));
    }
    builder.withTitle(Messages.title(status, locale));
    return builder.build();
  }

  /** The problem as it is, but for the library's own "field" member, which violations replace. */
  private static HttpProblem.Builder copy(HttpProblem problem) {
    HttpProblem.Builder builder =
        HttpProblem.builder()
            .withType(problem.getType())
            .withInstance(problem.getInstance())
            .withTitle(problem.getTitle())
            .withStatus(problem.getStatusCode())
            .withDetail(problem.getDetail());
    problem.getParameters().entrySet().stream()
        .filter(e -> !"field".equals(e.getKey()))
        .forEach(e -> builder.with(e.getKey(), e.getValue()));
    problem.getHeaders().forEach(builder::withHeader);
    return builder;
  }

  private static java.net.URI printablePath(String path) {
    try {
      return new java.net.URI(null, null, SafeText.printable(path, 300), null);
    } catch (java.net.URISyntaxException e) {
      return java.net.URI.create("/");
    }
  }

  private static String detailFor(int status, Locale locale) {
    String detail = Messages.lookup(locale, "detail." + status);
    return detail != null ? detail : Messages.lookup(locale, "detail.default");
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static List<Object> localize(List<?> violations, Locale locale) {
    return violations.stream()
        .map(v -> v instanceof FieldViolation f ? (Object) f.localized(locale) : v)
        .toList();
  }

  @Override
  public int priority() {
    // after the library's defaults (instance, status) and before logging
    return 50;
  }
}
