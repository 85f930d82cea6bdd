package vn.khaosat.cadre.service;

import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.security.UnitScope;

/**
 * Who sees a cadre's personal fields (thông tin cá nhân): admins, and organizers and inspectors
 * whose units cover the cadre's unit (the unit itself or one above it). Everyone else gets the
 * summary. While indicators-service cannot tell a unit's ancestors, only the units named in the
 * token count: a reader gets less, never more, and never an error where a summary will do.
 */
@RequestScoped
public class PersonalAccess {

  private final UnitScope scope;

  public PersonalAccess(UnitScope scope) {
    this.scope = scope;
  }

  /** Whether a view of a cadre of {@code unitCode} carries its personal fields. */
  public boolean mayReadPersonal(String unitCode) {
    return scope.holds(Rights.PERSONAL, unitCode);
  }

  /**
   * For what is personal as a whole ({@code field}: disciplines, a vetting report) of {@code
   * unitCode}: 403 outside the caller's role or units, 503 while the units cannot be told.
   */
  public void requirePersonal(String field, String unitCode) {
    switch (scope.grant(Rights.PERSONAL, unitCode)) {
      case GRANTED -> {}
      case NO_ROLE -> throw forbiddenRole(field);
      case OUTSIDE_UNITS ->
          throw ApiProblem.forbidden(
              "cadre.personalOutOfScope", field, unitCode, Rights.PERSONAL.roleList());
      case UNITS_UNKNOWN -> throw ApiProblem.serviceUnavailable("cadre.scopeUnavailable", field);
    }
  }

  /** 403 for a role that sees personal fields of no unit at all. */
  public void requirePersonalRole(String field) {
    if (!scope.hasRoleOf(Rights.PERSONAL)) {
      throw forbiddenRole(field);
    }
  }

  /** Whether the caller sees the personal fields of every cadre (an admin). */
  public boolean readsEveryUnit() {
    return scope.holdsForEveryUnit(Rights.PERSONAL);
  }

  /** Those of {@code unitCodes} whose cadres' personal fields the caller sees; each asked once. */
  public Set<String> readableAmong(Collection<String> unitCodes) {
    Set<String> readable = new TreeSet<>();
    unitCodes.stream().distinct().filter(this::mayReadPersonal).forEach(readable::add);
    return readable;
  }

  private static ApiProblem forbiddenRole(String field) {
    return ApiProblem.forbidden("cadre.personalField", field, Rights.PERSONAL.roleList());
  }
}
