package vn.khaosat.survey.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.survey.client.IndicatorsCalls;
import vn.khaosat.survey.client.TargetInfo;
import vn.khaosat.upstream.IndicatorsUnits;
import vn.khaosat.upstream.UnitInfo;

/**
 * Units and targets of indicators-service as this service needs them; the units from the suite's
 * shared directory ({@link IndicatorsUnits}, which also gives the unit scope its tree). When
 * indicators-service cannot answer, a write is refused with a 503 problem before anything is saved.
 */
@ApplicationScoped
public class UnitDirectory {

  private final IndicatorsUnits units;
  private final IndicatorsCalls calls;

  public UnitDirectory(IndicatorsUnits units, IndicatorsCalls calls) {
    this.units = units;
    this.calls = calls;
  }

  /**
   * The unit, or a 400 problem on {@code field} when indicators-service does not know it (404) or
   * refuses the code (400); a 503 when it cannot answer.
   */
  public UnitInfo require(String code, String field) {
    return units.require(code, field);
  }

  public TargetInfo requireTarget(long id, String field) {
    return Reachable.or("indicators.unavailable", "indicators-service", () -> calls.target(id))
        .orElseThrow(() -> ApiProblem.invalidField(field, "target.unknown", id));
  }
}
