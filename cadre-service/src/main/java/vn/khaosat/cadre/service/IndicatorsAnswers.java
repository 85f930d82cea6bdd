package vn.khaosat.cadre.service;

import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;
import vn.khaosat.cadre.client.UpstreamFailure;
import vn.khaosat.problem.ApiProblem;

/**
 * What a check against indicators-service becomes: its answer, or, when it cannot answer, a 503
 * problem thrown before anything is saved.
 */
final class IndicatorsAnswers {

  private static final Logger LOG = Logger.getLogger(IndicatorsAnswers.class);

  private IndicatorsAnswers() {}

  static <T> Optional<T> reachable(Supplier<Optional<T>> call) {
    try {
      return call.get();
    } catch (UpstreamFailure | FaultToleranceException e) {
      LOG.warnf("indicators-service unavailable: %s", e.toString());
      throw ApiProblem.serviceUnavailable("indicators.unavailable");
    }
  }
}
