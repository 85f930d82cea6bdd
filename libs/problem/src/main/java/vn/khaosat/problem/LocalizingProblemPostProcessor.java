package vn.khaosat.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/**
 * Renders every problem in the client's language: the title by status, the detail of problems the
 * application raised by their message key, and the messages of field violations we raised.
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
    HttpProblem.Builder builder = HttpProblem.builder(problem);
    builder.withTitle(Messages.title(problem.getStatusCode(), locale));
    if (ClientErrorDetails.isParameterConversion(context.cause)) {
      return builder
          .withStatus(400)
          .withType(ApiProblem.typeUri("bad-parameter"))
          .withTitle(Messages.title(400, locale))
          .withDetail(ClientErrorDetails.parameter(context.cause, locale))
          .build();
    }
    if (problem.getStatusCode() == 400 && !(context.cause instanceof ApiProblem)) {
      ClientErrorDetails.body(context.cause, locale).ifPresent(builder::withDetail);
    }
    if (context.cause instanceof ApiProblem api) {
      builder.withDetail(api.detail(locale));
      if (problem.getParameters().get("violations") instanceof List<?> violations) {
        builder.with("violations", localize(violations, locale));
      }
    } else if (problem.getStatusCode() == 500) {
      builder.withDetail(Messages.format(locale, "problem.internal"));
    } else if (problem.getDetail() == null) {
      String detail = Messages.lookup(locale, "detail." + problem.getStatusCode());
      builder.withDetail(detail);
    }
    return builder.build();
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
