package vn.khaosat.cadre.service;

import vn.khaosat.security.Roles;
import vn.khaosat.security.UnitRight;

/**
 * The rights of cadre-service that hold within units. Writes and reads of personal fields are
 * checked by the same shared unit scope, so a unit an organizer may write for is a unit whose
 * cadres it may read in full, and no other.
 */
public final class Rights {

  /** Cadre records, committees and personnel plans. */
  public static final UnitRight RECORDS = UnitRight.of(Roles.ORGANIZER, Roles.ADMIN);

  /** Disciplinary records. */
  public static final UnitRight DISCIPLINE = UnitRight.of(Roles.INSPECTOR, Roles.ADMIN);

  /** Personal fields: date of birth, ethnicity, religion, Party dates, assets, discipline. */
  public static final UnitRight PERSONAL =
      UnitRight.of(Roles.ORGANIZER, Roles.INSPECTOR, Roles.ADMIN);

  /** The access log of personal data: who read a cadre's personal fields. */
  public static final UnitRight ACCESS_LOG = UnitRight.of(Roles.INSPECTOR, Roles.ADMIN);

  private Rights() {}
}
