package vn.khaosat.input;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.problem.FieldViolation;
import vn.khaosat.problem.Messages;

/**
 * The query and path parameters of every operation, checked before JAX-RS converts them: each
 * value's text ({@link vn.khaosat.problem.SafeText}), length and form ({@link ParameterRule}); an
 * unknown query parameter (a typo such as {@code dryrun}) and a repeated single value are refused
 * too, so that nothing the caller meant is silently ignored. All violations come back at once.
 */
@Provider
@Priority(Priorities.USER - 200)
public class ParameterPolicy implements ContainerRequestFilter {

  private final ConcurrentMap<Method, MethodParameters> declared = new ConcurrentHashMap<>();

  @Context ResourceInfo resourceInfo;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
    if (method == null) {
      return;
    }
    MethodParameters parameters = declared.computeIfAbsent(method, MethodParameters::of);
    List<FieldViolation> violations = new ArrayList<>();
    var uri = request.getUriInfo();
    checkQuery(uri.getQueryParameters(), parameters.query(), violations);
    uri.getPathParameters()
        .forEach(
            (name, values) -> {
              ParameterRule rule = parameters.path().get(name);
              if (rule != null) {
                values.forEach(v -> rule.check(v).ifPresent(violations::add));
              }
            });
    if (!violations.isEmpty()) {
      throw ApiProblem.invalidInput(violations);
    }
  }

  private static void checkQuery(
      MultivaluedMap<String, String> given,
      Map<String, ParameterRule> rules,
      List<FieldViolation> violations) {
    given.forEach(
        (name, values) -> {
          ParameterRule rule = rules.get(name);
          if (rule == null) {
            violations.add(unknown(name, rules));
            return;
          }
          if (values.size() > 1 && !rule.multiple()) {
            rule.violation("input.param.repeated").ifPresent(violations::add);
            return;
          }
          for (String value : values) {
            rule.check(value).ifPresent(violations::add);
          }
        });
  }

  private static FieldViolation unknown(String name, Map<String, ParameterRule> rules) {
    String shown = vn.khaosat.problem.SafeText.printable(name, 60);
    String key = rules.isEmpty() ? "input.param.none" : "input.param.unknown";
    Object[] args = {shown, String.join(", ", new TreeSet<>(rules.keySet()))};
    return new FieldViolation(
        shown, "query", Messages.format(Messages.DEFAULT_LOCALE, key, args), key, args);
  }
}
