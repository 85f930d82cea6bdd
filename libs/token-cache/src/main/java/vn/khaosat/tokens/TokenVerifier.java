package vn.khaosat.tokens;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.DefaultJWTTokenParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.Claims;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtContext;

/**
 * smallrye-jwt's own verification ({@code DefaultJWTTokenParser}, as its default factory uses it),
 * making a principal that tells a claim's type by a map lookup. smallrye-jwt's principal asks
 * {@code Claims.valueOf}, which throws and catches an exception for every claim the JWT
 * specification does not name: each read of our {@code units} claim cost a stack trace (12 µs a
 * cadre read, bench/profile-read.sh).
 */
final class TokenVerifier extends JWTCallerPrincipalFactory {

  private final DefaultJWTTokenParser parser = new DefaultJWTTokenParser();

  @Override
  public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
    JwtContext verified = parser.parse(token, context);
    String type = verified.getJoseObjects().get(0).getHeader("typ");
    return new Principal(type, verified.getJwtClaims());
  }

  /** smallrye-jwt's principal, its claims' types looked up instead of thrown for. */
  static final class Principal extends DefaultJWTCallerPrincipal {

    private static final Map<String, Claims> NAMED =
        Arrays.stream(Claims.values()).collect(Collectors.toMap(Claims::name, Function.identity()));

    Principal(String type, JwtClaims claims) {
      super(type, claims);
    }

    @Override
    protected Claims getClaimType(String name) {
      return NAMED.getOrDefault(name, Claims.UNKNOWN);
    }
  }
}
