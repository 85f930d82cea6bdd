package vn.khaosat.gateway.proxy;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.khaosat.gateway.config.GatewayConfig;

/**
 * Checks the bearer token at the edge, with the same key and issuer as the services, so that a
 * request without a valid token never reaches a backend. The services check it again. A token once
 * verified is kept until it expires ({@link VerifiedTokens}), so its next requests cost a lookup.
 */
@ApplicationScoped
public class EdgeAuthentication {

  private static final String BEARER = "Bearer ";

  private final JWTParser parser;
  private final VerifiedTokens verified;

  public EdgeAuthentication(JWTParser parser, GatewayConfig config) {
    this.parser = parser;
    this.verified = new VerifiedTokens(config.tokenCacheSize());
  }

  /** The token's user, or empty when the header is absent or the token invalid or expired. */
  public Optional<String> user(String authorization) {
    if (authorization == null
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Optional.empty();
    }
    String token = authorization.substring(BEARER.length()).strip();
    String user = verified.user(token);
    if (user != null) {
      return Optional.of(user);
    }
    try {
      JsonWebToken jwt = parser.parse(token);
      verified.put(token, jwt.getName(), jwt.getExpirationTime());
      return Optional.ofNullable(jwt.getName());
    } catch (ParseException e) {
      return Optional.empty();
    }
  }
}
