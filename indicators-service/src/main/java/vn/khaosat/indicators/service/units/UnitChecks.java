package vn.khaosat.indicators.service.units;

import io.quarkus.security.PermissionChecker;
import jakarta.enterprise.context.ApplicationScoped;
import vn.khaosat.indicators.service.Rights;
import vn.khaosat.security.UnitScope;

/**
 * Who may change or delete a unit, checked before {@link UnitService#update} and {@link
 * UnitService#delete} run: a statistician whose units cover it, or an admin. An unknown unit is its
 * 404 first, as before; outside the caller's units the 403 names the unit, and while the unit tree
 * cannot be read the write is a 503 (the problems of {@link UnitScope#require}, answered unchanged
 * by libs/problem's ForbiddenProblemMapper).
 */
@ApplicationScoped
class UnitChecks {

  static final String WRITE = "unit-write";

  private final UnitDirectory directory;
  private final UnitScope scope;

  UnitChecks(UnitDirectory directory, UnitScope scope) {
    this.directory = directory;
    this.scope = scope;
  }

  /** Bound by name to the {@code code} of the secured method. */
  @PermissionChecker(WRITE)
  boolean mayWrite(String code) {
    directory.require(code);
    return scope.permits(Rights.STATISTICS, code);
  }
}
