package vn.khaosat.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A missing or bad token is a 401 problem with a {@code WWW-Authenticate: Bearer} challenge. Ours
 * runs before the problem library's own mapper, which fails with a NoSuchFieldError on the security
 * classes of this Quarkus version and would answer 500.
 */
public class UnauthorizedProblemMapper {

  private final RequestLocale requestLocale;

  public UnauthorizedProblemMapper(RequestLocale requestLocale) {
    this.requestLocale = requestLocale;
  }

  @ServerExceptionMapper(
      value = {
        UnauthorizedException.class,
        AuthenticationFailedException.class,
        AuthenticationCompletionException.class
      },
      priority = 1)
  public Response unauthorized(RuntimeException e, jakarta.ws.rs.core.UriInfo uri) {
    Locale locale = requestLocale.current();
    return HttpProblem.builder()
        .withType(ApiProblem.typeUri("unauthorized"))
        .withStatus(401)
        .withTitle(Messages.title(401, locale))
        .withDetail(Messages.lookup(locale, "detail.401"))
        .withInstance(URI.create(uri.getPath()))
        .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .build()
        .toResponse();
  }
}
