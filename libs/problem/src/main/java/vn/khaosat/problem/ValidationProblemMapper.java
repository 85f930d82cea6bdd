package vn.khaosat.problem;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A Bean Validation failure as a 400 problem whose violations say where each value was: {@code
 * query}, {@code path} or {@code header} for a resource parameter, also one inside a
 * {@code @BeanParam} such as the paging parameters, and {@code body} for the request's entity. It
 * runs before the problem library's mapper, which calls a {@code @BeanParam}'s fields "body", and
 * hands its problem to the same post-processors (language, logging).
 */
public class ValidationProblemMapper {

  @ServerExceptionMapper(priority = 1)
  public Response invalid(
      ConstraintViolationException exception, ResourceInfo resourceInfo, UriInfo uriInfo) {
    Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
    List<FieldViolation> violations = new ArrayList<>();
    for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
      violations.add(locate(violation, method));
    }
    violations.sort(Comparator.comparing(FieldViolation::field));
    ApiProblem problem = ApiProblem.invalidInput(violations);
    return ExceptionMapperBase.postProcessorsRegistry
        .applyPostProcessing(problem, ProblemContext.of(exception, uriInfo))
        .toResponse();
  }

  private static FieldViolation locate(ConstraintViolation<?> violation, Method method) {
    List<String> nodes = new ArrayList<>();
    Iterator<Path.Node> path = violation.getPropertyPath().iterator();
    while (path.hasNext()) {
      nodes.add(path.next().toString());
    }
    Optional<Parameter> parameter =
        nodes.size() < 2 || method == null
            ? Optional.empty()
            : List.of(method.getParameters()).stream()
                .filter(p -> p.getName().equals(nodes.get(1)))
                .findFirst();
    String message = violation.getMessage();
    if (parameter.isEmpty()) {
      return new FieldViolation(join(nodes, nodes.size() > 1 ? 1 : 0), "body", message, null, null);
    }
    Parameter p = parameter.get();
    if (p.isAnnotationPresent(BeanParam.class) && nodes.size() > 2) {
      AnnotatedElement field = field(p.getType(), nodes.get(2));
      Optional<FieldViolation> inBean = named(field, message);
      if (inBean.isPresent()) {
        return inBean.get();
      }
    }
    if (nodes.size() == 2 && named(p, message).isEmpty()) {
      // the entity itself: no body at all
      Object[] none = {};
      return new FieldViolation(
          "body",
          "body",
          Messages.format(Messages.DEFAULT_LOCALE, "problem.bodyRequired"),
          "problem.bodyRequired",
          none);
    }
    return named(p, message)
        .orElseGet(() -> new FieldViolation(join(nodes, 2), "body", message, null, null));
  }

  private static Optional<FieldViolation> named(AnnotatedElement element, String message) {
    if (element == null) {
      return Optional.empty();
    }
    QueryParam q = element.getAnnotation(QueryParam.class);
    if (q != null) {
      return Optional.of(new FieldViolation(q.value(), "query", message, null, null));
    }
    PathParam p = element.getAnnotation(PathParam.class);
    if (p != null) {
      return Optional.of(new FieldViolation(p.value(), "path", message, null, null));
    }
    HeaderParam h = element.getAnnotation(HeaderParam.class);
    if (h != null) {
      return Optional.of(new FieldViolation(h.value(), "header", message, null, null));
    }
    return Optional.empty();
  }

  private static AnnotatedElement field(Class<?> type, String name) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        return c.getDeclaredField(name);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    return null;
  }

  private static String join(List<String> nodes, int skip) {
    return String.join(".", nodes.subList(Math.min(skip, nodes.size()), nodes.size()))
        .replace(".[", "[");
  }
}
