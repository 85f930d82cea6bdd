package vn.khaosat.survey.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Cadre records from cadre-service, with the same policies as {@link IndicatorsCalls}. */
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
public class CadreCalls {

  private final CadreClient client;

  public CadreCalls(@RestClient CadreClient client) {
    this.client = client;
  }

  public Optional<CadreInfo> cadre(long id) {
    return Upstream.call("cadre-service", () -> client.cadre(id));
  }
}
