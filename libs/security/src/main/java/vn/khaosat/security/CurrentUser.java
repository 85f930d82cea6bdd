package vn.khaosat.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
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
  private Set<String> units;

  public CurrentUser(SecurityIdentity identity, JsonWebToken token) {
    this.identity = identity;
    this.token = token;
  }

  /** The longest user name the services store (their {@code varchar(200)} author columns). */
  public static final int MAX_NAME = 200;

  public String name() {
    return identity.isAnonymous() ? "anonymous" : storable(identity.getPrincipal().getName());
  }

  /**
   * A token's user name as the services store it beside what the user did: printable text of at
   * most {@link #MAX_NAME} characters. The name comes from the identity provider, but nothing in
   * the token bounds it, and an author column must never refuse a write.
   */
  public static String storable(String principal) {
    return vn.khaosat.problem.SafeText.printable(principal == null ? "" : principal, MAX_NAME - 1);
  }

  public boolean hasRole(String role) {
    return identity.hasRole(role);
  }

  public boolean hasAnyRole(String... roles) {
    return Arrays.stream(roles).anyMatch(identity::hasRole);
  }

  /** The unit codes of the token's {@code units} claim (a JSON array or a single string). */
  public Set<String> units() {
    if (units == null) {
      units = Collections.unmodifiableSet(claimedUnits());
    }
    return units;
  }

  // read once a request: smallrye-jwt throws and catches an exception on every read of a claim
  // the JWT specification does not name (Claims.valueOf), and a list checks one unit per cadre
  private Set<String> claimedUnits() {
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
