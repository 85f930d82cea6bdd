package vn.khaosat.cadre.domain;

/**
 * A record written within the scope of a unit (a cadre's, a committee's, a plan's committee's),
 * with the version that an {@code If-Match} is compared with.
 */
public interface UnitOwned {

  /** The unit whose writers may change it. */
  String ownerUnit();

  /** Its {@code @Version}. */
  long currentVersion();
}
