package vn.khaosat.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.khaosat.problem.ApiProblem;

/**
 * The caller of the current request: name, roles and the units of its token. What the units cover
 * is {@link UnitScope}'s to tell.
 */
@RequestScoped
public class CurrentUser {

  public static final String UNITS_CLAIM = "units";

  private final SecurityIdentity identity;
  private final JsonWebToken token;

  public CurrentUser(SecurityIdentity identity, JsonWebToken token) {
    this.identity = identity;
    this.token = token;
  }

  public String name() {
    return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
  }

  public boolean hasRole(String role) {
    return identity.hasRole(role);
  }

  public boolean hasAnyRole(String... roles) {
    return Arrays.stream(roles).anyMatch(identity::hasRole);
  }

  /** The unit codes of the token's {@code units} claim (a JSON array or a single string). */
  public Set<String> units() {
    Object claim = token.getClaim(UNITS_CLAIM);
    Set<String> units = new LinkedHashSet<>();
    if (claim instanceof JsonArray array) {
      array.forEach(v -> units.add(v instanceof JsonString s ? s.getString() : v.toString()));
    } else if (claim instanceof Collection<?> values) {
      values.forEach(v -> units.add(String.valueOf(v)));
    } else if (claim != null) {
      units.add(claim.toString());
    }
    return units;
  }

  public void requireAnyRole(String... roles) {
    if (!hasAnyRole(roles)) {
      throw ApiProblem.forbidden("problem.forbiddenRole", String.join(", ", roles));
    }
  }
}
