package vn.khaosat.cadre.domain.committees;

import vn.khaosat.cadre.domain.UnitLevel;

/**
 * The level of a Party committee (cấp ủy) and of its congress, which fixes the month ages are
 * counted at. A committee takes it from its unit in indicators-service: the unit's level and, for a
 * commune, whether it sits under a district or directly under a province.
 */
public enum CommitteeLevel {
  /** A province or centrally governed city: the level directly under the Central Committee. */
  PROVINCE,
  /** A district: the level directly above grassroots until districts ended on 30 June 2025. */
  DISTRICT,
  /** A commune under a district: a grassroots committee. */
  COMMUNE,
  /** A commune, ward or special zone directly under a province, since 1 July 2025. */
  COMMUNE_UNDER_PROVINCE;

  /** The level of a unit's committee; {@code parent} is the level of the unit above, or null. */
  public static CommitteeLevel of(UnitLevel unit, UnitLevel parent) {
    return switch (unit) {
      case PROVINCE -> PROVINCE;
      case DISTRICT -> DISTRICT;
      case COMMUNE -> parent == UnitLevel.PROVINCE ? COMMUNE_UNDER_PROVINCE : COMMUNE;
    };
  }
}
