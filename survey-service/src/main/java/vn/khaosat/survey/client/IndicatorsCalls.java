package vn.khaosat.survey.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Checks against indicators-service: a timeout per attempt, one retry of a failure that may pass,
 * and a circuit breaker per method, so a service that is down costs callers milliseconds. An empty
 * answer means "no such unit or target".
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

  private static final String SERVICE = "indicators-service";

  private final IndicatorsClient client;

  public IndicatorsCalls(@RestClient IndicatorsClient client) {
    this.client = client;
  }

  public Optional<UnitInfo> unit(String code) {
    return Upstream.call(SERVICE, () -> client.unit(code));
  }

  public Optional<List<UnitInfo>> ancestors(String code) {
    return Upstream.call(SERVICE, () -> client.ancestors(code));
  }

  public Optional<TargetInfo> target(long id) {
    return Upstream.call(SERVICE, () -> client.target(id));
  }
}
