package vn.khaosat.survey.service;

import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.survey.client.UpstreamFailure;
import vn.khaosat.survey.client.UpstreamRefusal;

/**
 * A check against another service that must answer before a write: otherwise 503, nothing saved.
 */
final class Reachable {

  private static final Logger LOG = Logger.getLogger(Reachable.class);

  private Reachable() {}

  static <T> Optional<T> or(String problemKey, Supplier<Optional<T>> call) {
    try {
      return call.get();
    } catch (UpstreamFailure | UpstreamRefusal | FaultToleranceException e) {
      LOG.warnf("%s: %s", problemKey, e.toString());
      throw ApiProblem.serviceUnavailable(problemKey);
    }
  }
}
