package vn.khaosat.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.khaosat.cadre.domain.UnitLevel;
import vn.khaosat.cadre.domain.committees.CommitteeLevel;
import vn.khaosat.upstream.IndicatorsUnits;
import vn.khaosat.upstream.UnitInfo;

/**
 * The units of indicators-service as this service needs them, from the suite's shared directory
 * ({@link IndicatorsUnits}, which also gives the unit scope its tree). When indicators-service
 * cannot answer, a write is refused with a 503 problem before anything is saved.
 */
@ApplicationScoped
public class UnitDirectory {

  private final IndicatorsUnits units;

  public UnitDirectory(IndicatorsUnits units) {
    this.units = units;
  }

  /** The unit, or a 400 problem on {@code field} when indicators-service does not know it. */
  public UnitInfo require(String code, String field) {
    return units.require(code, field);
  }

  /**
   * The level of the unit's committee: a commune's depends on its parent, a district before 1 July
   * 2025 or the province since. An unknown parent leaves it a commune.
   */
  public CommitteeLevel committeeLevel(UnitInfo unit) {
    UnitLevel parent = null;
    if (level(unit) == UnitLevel.COMMUNE && unit.parentCode() != null) {
      parent = units.find(unit.parentCode()).map(UnitDirectory::level).orElse(null);
    }
    return CommitteeLevel.of(level(unit), parent);
  }

  private static UnitLevel level(UnitInfo unit) {
    return unit.level() == null ? null : UnitLevel.valueOf(unit.level());
  }
}
