package vn.khaosat.survey.service;

import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.survey.client.UpstreamFailure;
import vn.khaosat.survey.client.UpstreamRefusal;

/**
 * A check against another service that must answer before a write. The party at fault is named:
 * when the other service cannot answer (timeout, refused connection, 5xx, open circuit) it is a 503
 * and nothing is saved; when it answers that the thing asked for does not exist or cannot be asked
 * for (404, 400, 422…), the value came from the caller, so the answer is empty and the caller's 400
 * follows; when it refuses the caller's token (401, 403), the caller gets a 403.
 */
final class Reachable {

  private static final Logger LOG = Logger.getLogger(Reachable.class);

  private Reachable() {}

  static <T> Optional<T> or(String problemKey, String service, Supplier<Optional<T>> call) {
    try {
      return call.get();
    } catch (UpstreamRefusal e) {
      LOG.infof("%s refused: %s", service, e.getMessage());
      if (e.status() == 401 || e.status() == 403) {
        throw ApiProblem.forbidden("upstream.forbidden", service, e.status());
      }
      return Optional.empty();
    } catch (UpstreamFailure | FaultToleranceException e) {
      LOG.warnf("%s: %s", problemKey, e.toString());
      throw ApiProblem.serviceUnavailable(problemKey);
    }
  }
}
