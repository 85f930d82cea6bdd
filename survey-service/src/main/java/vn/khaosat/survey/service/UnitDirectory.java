package vn.khaosat.survey.service;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.security.UnitHierarchy;
import vn.khaosat.survey.client.IndicatorsCalls;
import vn.khaosat.survey.client.TargetInfo;
import vn.khaosat.survey.client.UnitInfo;

/**
 * Units and targets of indicators-service as this service needs them. When indicators-service
 * cannot answer, a write is refused with a 503 problem before anything is saved.
 */
@ApplicationScoped
public class UnitDirectory implements UnitHierarchy {

  private static final String UNAVAILABLE = "indicators.unavailable";
  private static final String SERVICE = "indicators-service";

  private final IndicatorsCalls calls;

  public UnitDirectory(IndicatorsCalls calls) {
    this.calls = calls;
  }

  /**
   * The unit, or a 400 problem on {@code field} when indicators-service does not know it (404) or
   * refuses the code (400); a 503 when it cannot answer.
   */
  public UnitInfo require(String code, String field) {
    return Reachable.or(UNAVAILABLE, SERVICE, () -> calls.unit(code))
        .orElseThrow(() -> ApiProblem.invalidField(field, "unit.unknown", code));
  }

  public TargetInfo requireTarget(long id, String field) {
    return Reachable.or(UNAVAILABLE, SERVICE, () -> calls.target(id))
        .orElseThrow(() -> ApiProblem.invalidField(field, "target.unknown", id));
  }

  /** Cached (see {@code unit-ancestors}); a failure is not cached, so it is tried again. */
  @Override
  @CacheResult(cacheName = "unit-ancestors")
  public List<String> ancestorsOf(String unitCode) {
    return Reachable.or(UNAVAILABLE, SERVICE, () -> calls.ancestors(unitCode))
        .orElse(List.of())
        .stream()
        .map(UnitInfo::code)
        .toList();
  }
}
