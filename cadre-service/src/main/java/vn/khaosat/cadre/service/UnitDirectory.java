package vn.khaosat.cadre.service;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;
import vn.khaosat.cadre.client.IndicatorsUnits;
import vn.khaosat.cadre.client.UnitInfo;
import vn.khaosat.cadre.client.UpstreamFailure;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.security.UnitHierarchy;

/**
 * The units of indicators-service as this service needs them. When indicators-service cannot
 * answer, a write is refused with a 503 problem before anything is saved.
 */
@ApplicationScoped
public class UnitDirectory implements UnitHierarchy {

  private static final Logger LOG = Logger.getLogger(UnitDirectory.class);

  private final IndicatorsUnits units;

  public UnitDirectory(IndicatorsUnits units) {
    this.units = units;
  }

  /** The unit, or a 400 problem on {@code field} when indicators-service does not know it. */
  public UnitInfo require(String code, String field) {
    return reachable(() -> units.find(code))
        .orElseThrow(() -> ApiProblem.invalidField(field, "unit.unknown", code));
  }

  /** Cached (see {@code unit-ancestors}); a failure is not cached, so it is tried again. */
  @Override
  @CacheResult(cacheName = "unit-ancestors")
  public List<String> ancestorsOf(String unitCode) {
    return reachable(() -> units.ancestors(unitCode)).orElse(List.of()).stream()
        .map(UnitInfo::code)
        .toList();
  }

  private static <T> Optional<T> reachable(Supplier<Optional<T>> call) {
    try {
      return call.get();
    } catch (UpstreamFailure | FaultToleranceException e) {
      LOG.warnf("indicators-service unavailable: %s", e.toString());
      throw ApiProblem.serviceUnavailable("indicators.unavailable");
    }
  }
}
