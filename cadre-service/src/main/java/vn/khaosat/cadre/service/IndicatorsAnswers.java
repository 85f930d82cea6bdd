package vn.khaosat.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.upstream.UpstreamAnswers;
import vn.khaosat.upstream.UpstreamFailure;
import vn.khaosat.upstream.UpstreamRefusal;

/**
 * What a check against indicators-service becomes: its answer, empty for a code it does not know
 * (404) or refuses (400), since the code came from our caller, who gets the 400; or, when it cannot
 * answer or refuses otherwise, a 503 problem thrown before anything is saved. A refusal is not
 * retried nor counted by the circuit breaker.
 */
@ApplicationScoped
public class IndicatorsAnswers implements UpstreamAnswers {

  private static final Logger LOG = Logger.getLogger(IndicatorsAnswers.class);

  static <T> Optional<T> reachable(Supplier<Optional<T>> call) {
    try {
      return call.get();
    } catch (UpstreamRefusal e) {
      if (e.status() == 400) {
        return Optional.empty();
      }
      LOG.warnf("indicators-service refused: %s", e.getMessage());
      throw ApiProblem.serviceUnavailable("indicators.unavailable");
    } catch (UpstreamFailure | FaultToleranceException e) {
      LOG.warnf("indicators-service unavailable: %s", e.toString());
      throw ApiProblem.serviceUnavailable("indicators.unavailable");
    }
  }

  @Override
  public <T> Optional<T> of(String service, String unavailableKey, Supplier<Optional<T>> call) {
    return reachable(call);
  }
}
