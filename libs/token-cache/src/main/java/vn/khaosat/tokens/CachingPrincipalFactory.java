package vn.khaosat.tokens;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verifies a bearer token as smallrye-jwt does (signature, algorithm, issuer, expiry; {@link
 * TokenVerifier}), once: the principal is kept until the token expires ({@link VerifiedTokens}),
 * and the token's next requests get it back from the cache. Every service and the gateway verify
 * tokens through it, since smallrye-jwt's {@code JWTParser} and Quarkus's bearer mechanism both
 * call the factory. A principal is immutable once made (smallrye-jwt converts its claims in the
 * constructor), so concurrent requests share it safely.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class CachingPrincipalFactory extends JWTCallerPrincipalFactory {

  private final JWTCallerPrincipalFactory verifier;
  private final VerifiedTokens<JWTCallerPrincipal> verified;

  @Inject // two constructors: CDI takes this one
  public CachingPrincipalFactory(@ConfigProperty(name = "khaosat.token-cache.size") long size) {
    this(new TokenVerifier(), new VerifiedTokens<>(size));
  }

  CachingPrincipalFactory(
      JWTCallerPrincipalFactory verifier, VerifiedTokens<JWTCallerPrincipal> verified) {
    this.verifier = verifier;
    this.verified = verified;
  }

  @Override
  public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
    JWTCallerPrincipal principal = verified.get(token);
    if (principal == null) {
      principal = verifier.parse(token, context);
      verified.put(token, principal, principal.getExpirationTime());
    }
    return principal;
  }
}
