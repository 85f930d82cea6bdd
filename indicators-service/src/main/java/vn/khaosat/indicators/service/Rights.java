package vn.khaosat.indicators.service;

import vn.khaosat.security.Roles;
import vn.khaosat.security.UnitRight;

/** The rights of indicators-service that hold within units, checked by the shared unit scope. */
public final class Rights {

  /** Units, figures, resolutions and targets: a statistician of the unit or above, or an admin. */
  public static final UnitRight STATISTICS = UnitRight.of(Roles.STATISTICIAN, Roles.ADMIN);

  private Rights() {}
}
