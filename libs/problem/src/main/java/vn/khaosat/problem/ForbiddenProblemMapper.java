package vn.khaosat.problem;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A refusal of Quarkus Security as the problem the services answered when they checked roles
 * themselves:
 *
 * <ul>
 *   <li>a {@code @PermissionChecker} that threw an {@link ApiProblem} (Quarkus wraps whatever a
 *       checker throws in a {@link ForbiddenException}): that problem, unchanged, so a unit outside
 *       the caller's units stays the 403 naming the unit, and a unit tree that cannot be read stays
 *       the 503;
 *   <li>otherwise, a role that {@code @RolesAllowed} does not list: the 403 {@code
 *       problem.forbiddenRole} naming the roles of the method's {@code @RolesAllowed} (or its
 *       class's), or the method's own words for it ({@link ForbiddenDetail}).
 * </ul>
 *
 * It runs before the problem library's own mapper and hands its problem to the same post-processors
 * (language, instance, logging).
 */
public class ForbiddenProblemMapper {

  @ServerExceptionMapper(value = ForbiddenException.class, priority = 1)
  public Response forbidden(
      ForbiddenException exception, ResourceInfo resourceInfo, UriInfo uriInfo) {
    ApiProblem problem = raisedBy(exception).orElseGet(() -> roleProblem(resourceInfo));
    return ExceptionMapperBase.postProcessorsRegistry
        .applyPostProcessing(problem, ProblemContext.of(problem, uriInfo))
        .toResponse();
  }

  /** The 403 naming the roles the method (or its class) allows, in its own words if it has any. */
  static ApiProblem roleProblem(ResourceInfo resourceInfo) {
    Optional<String> roles = rolesOf(resourceInfo);
    if (roles.isEmpty()) {
      return ApiProblem.forbidden("detail.403");
    }
    ForbiddenDetail detail = detailOf(resourceInfo);
    if (detail == null) {
      return ApiProblem.forbidden("problem.forbiddenRole", roles.get());
    }
    Object[] args = Arrays.copyOf(detail.args(), detail.args().length + 1, Object[].class);
    args[args.length - 1] = roles.get();
    return ApiProblem.forbidden(detail.key(), args);
  }

  /** The problem a permission checker threw, found among the causes. */
  static Optional<ApiProblem> raisedBy(Throwable exception) {
    for (Throwable cause = exception.getCause();
        cause != null && cause != exception;
        cause = cause.getCause()) {
      if (cause instanceof ApiProblem problem) {
        return Optional.of(problem);
      }
    }
    return Optional.empty();
  }

  /** The roles as the problem names them, "organizer, admin": the method's, else its class's. */
  static Optional<String> rolesOf(ResourceInfo resourceInfo) {
    if (resourceInfo == null) {
      return Optional.empty();
    }
    Method method = resourceInfo.getResourceMethod();
    RolesAllowed roles = method == null ? null : method.getAnnotation(RolesAllowed.class);
    if (roles == null && resourceInfo.getResourceClass() != null) {
      roles = resourceInfo.getResourceClass().getAnnotation(RolesAllowed.class);
    }
    return roles == null ? Optional.empty() : Optional.of(String.join(", ", roles.value()));
  }

  private static ForbiddenDetail detailOf(ResourceInfo resourceInfo) {
    Method method = resourceInfo.getResourceMethod();
    ForbiddenDetail detail = method == null ? null : method.getAnnotation(ForbiddenDetail.class);
    if (detail == null && resourceInfo.getResourceClass() != null) {
      detail = resourceInfo.getResourceClass().getAnnotation(ForbiddenDetail.class);
    }
    return detail;
  }
}
