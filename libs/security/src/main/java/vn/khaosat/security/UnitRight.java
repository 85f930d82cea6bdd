package vn.khaosat.security;

import java.util.List;

/**
 * A right held within units (quyền theo phạm vi đơn vị): one of {@code roles}, for a unit the
 * token's {@code units} claim covers (the unit itself or one of its ancestors). When {@code admin}
 * is one of the roles, an admin holds it for every unit. Services declare their rights as constants
 * and {@link UnitScope} checks them, the same way for writes and for reads.
 */
public record UnitRight(List<String> roles) {

  public UnitRight {
    roles = List.copyOf(roles);
  }

  public static UnitRight of(String... roles) {
    return new UnitRight(List.of(roles));
  }

  /** The roles as the problem messages name them: "organizer, admin". */
  public String roleList() {
    return String.join(", ", roles);
  }

  boolean roleHeldBy(CurrentUser user) {
    return roles.stream().anyMatch(user::hasRole);
  }

  boolean unscopedFor(CurrentUser user) {
    return roles.contains(Roles.ADMIN) && user.hasRole(Roles.ADMIN);
  }
}
