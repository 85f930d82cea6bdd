package vn.khaosat.cadre.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls to indicators-service with a timeout per attempt, one retry of a failure that may pass
 * (connection refused, 5xx, timeout) and a circuit breaker, so that a service that is down costs
 * callers milliseconds, not seconds. A unit or term that does not exist is an answer, not a
 * failure: 404, and 400 too (indicators-service refusing a code it cannot hold), since either way
 * the code came from our caller, who gets the 400, and retrying would not help. The policies sit on
 * the class and apply to each method, with a circuit per method.
 */
@ApplicationScoped
@Timeout(value = 2500, unit = ChronoUnit.MILLIS)
@Retry(
    maxRetries = 1,
    delay = 150,
    jitter = 50,
    retryOn = {UpstreamFailure.class, TimeoutException.class})
@CircuitBreaker(
    requestVolumeThreshold = 6,
    failureRatio = 0.5,
    delay = 5,
    delayUnit = ChronoUnit.SECONDS,
    failOn = {UpstreamFailure.class, TimeoutException.class})
public class IndicatorsCalls {

  private final IndicatorsClient client;

  public IndicatorsCalls(@RestClient IndicatorsClient client) {
    this.client = client;
  }

  public Optional<UnitInfo> find(String code) {
    return call(() -> client.unit(code));
  }

  public Optional<List<UnitInfo>> ancestors(String code) {
    return call(() -> client.ancestors(code));
  }

  public Optional<TermInfo> term(String code) {
    return call(() -> client.term(code));
  }

  private static <T> Optional<T> call(Supplier<T> request) {
    try {
      return Optional.of(request.get());
    } catch (WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (status == 404 || status == 400) {
        return Optional.empty();
      }
      throw new UpstreamFailure("indicators-service answered " + status, e);
    } catch (ProcessingException e) {
      throw new UpstreamFailure("indicators-service could not be reached", e);
    }
  }
}
