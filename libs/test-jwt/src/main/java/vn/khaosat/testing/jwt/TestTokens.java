package vn.khaosat.testing.jwt;

import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** Signed bearer tokens for tests, with roles and the {@code units} claim. */
public final class TestTokens {

  private TestTokens() {}

  public static String token(String user, Set<String> roles, String... units) {
    return Jwt.issuer(JwtKeysTestResource.ISSUER)
        .upn(user)
        .groups(roles)
        .claim("units", List.of(units))
        .expiresIn(Duration.ofHours(1))
        .sign();
  }

  public static String bearer(String user, Set<String> roles, String... units) {
    return "Bearer " + token(user, roles, units);
  }

  public static String admin() {
    return bearer("admin", Set.of("admin"));
  }

  public static String viewer() {
    return bearer("viewer", Set.of("viewer"));
  }
}
