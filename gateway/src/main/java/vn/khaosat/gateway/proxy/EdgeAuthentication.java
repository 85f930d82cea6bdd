package vn.khaosat.gateway.proxy;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Checks the bearer token at the edge, with the same key and issuer as the services, so that a
 * request without a valid token never reaches a backend. The services check it again. A token once
 * verified is kept until it expires (libs/token-cache, through the parser), so its next requests
 * cost a lookup.
 */
@ApplicationScoped
public class EdgeAuthentication {

  private static final String BEARER = "Bearer ";

  private final JWTParser parser;

  public EdgeAuthentication(JWTParser parser) {
    this.parser = parser;
  }

  /** The token's user, or empty when the header is absent or the token invalid or expired. */
  public Optional<String> user(String authorization) {
    if (authorization == null
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Optional.empty();
    }
    String token = authorization.substring(BEARER.length()).strip();
    try {
      JsonWebToken jwt = parser.parse(token);
      return Optional.ofNullable(jwt.getName());
    } catch (ParseException e) {
      return Optional.empty();
    }
  }
}
