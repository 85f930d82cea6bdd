package vn.khaosat.survey.service;

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
 * A check against another service that must answer before a write. The party at fault is named:
 * when the other service cannot answer (timeout, refused connection, 5xx, open circuit) it is a 503
 * and nothing is saved; when it answers that the thing asked for does not exist or cannot be asked
 * for (404, 400, 422…), the value came from the caller, so the answer is empty and the caller's 400
 * follows; when it refuses the caller's token (401, 403), the caller gets a 403.
 */
@ApplicationScoped
public class Reachable implements UpstreamAnswers {

  private static final Logger LOG = Logger.getLogger(Reachable.class);

  static <T> Optional<T> or(String problemKey, String service, Supplier<Optional<T>> call) {
    try {
      return call.get();
    } catch (UpstreamRefusal e) {
      LOG.infof("%s refused: %s", service, e.getMessage());
      if (e.refusesTheCaller()) {
        throw ApiProblem.forbidden("upstream.forbidden", service, e.status());
      }
      return Optional.empty();
    } catch (UpstreamFailure | FaultToleranceException e) {
      LOG.warnf("%s: %s", problemKey, e.toString());
      throw ApiProblem.serviceUnavailable(problemKey);
    }
  }

  @Override
  public <T> Optional<T> of(String service, String unavailableKey, Supplier<Optional<T>> call) {
    return or(unavailableKey, service, call);
  }
}
