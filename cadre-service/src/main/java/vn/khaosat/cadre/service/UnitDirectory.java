package vn.khaosat.cadre.service;

import static vn.khaosat.cadre.service.IndicatorsAnswers.reachable;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.khaosat.cadre.client.IndicatorsCalls;
import vn.khaosat.cadre.client.UnitInfo;
import vn.khaosat.cadre.domain.UnitLevel;
import vn.khaosat.cadre.domain.committees.CommitteeLevel;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.security.UnitHierarchy;

/**
 * The units of indicators-service as this service needs them. When indicators-service cannot
 * answer, a write is refused with a 503 problem before anything is saved.
 */
@ApplicationScoped
public class UnitDirectory implements UnitHierarchy {

  private final IndicatorsCalls units;

  public UnitDirectory(IndicatorsCalls units) {
    this.units = units;
  }

  /** The unit, or a 400 problem on {@code field} when indicators-service does not know it. */
  public UnitInfo require(String code, String field) {
    return reachable(() -> units.find(code))
        .orElseThrow(() -> ApiProblem.invalidField(field, "unit.unknown", code));
  }

  /**
   * The level of the unit's committee: a commune's depends on its parent, a district before 1 July
   * 2025 or the province since. An unknown parent leaves it a commune.
   */
  public CommitteeLevel committeeLevel(UnitInfo unit) {
    UnitLevel parent = null;
    if (unit.level() == UnitLevel.COMMUNE && unit.parentCode() != null) {
      parent = reachable(() -> units.find(unit.parentCode())).map(UnitInfo::level).orElse(null);
    }
    return CommitteeLevel.of(unit.level(), parent);
  }

  /** Cached (see {@code unit-ancestors}); a failure is not cached, so it is tried again. */
  @Override
  @CacheResult(cacheName = "unit-ancestors")
  public List<String> ancestorsOf(String unitCode) {
    return reachable(() -> units.ancestors(unitCode)).orElse(List.of()).stream()
        .map(UnitInfo::code)
        .toList();
  }
}
