package vn.khaosat.upstream;

import io.netty.channel.ConnectTimeoutException;
import jakarta.ws.rs.ProcessingException;
import java.net.SocketTimeoutException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The policies of every call to another service, inherited by each caller of a REST client: a
 * timeout per attempt, a retry of a failure that may pass ({@link UpstreamFailure}: a dropped
 * connection, a timeout, 5xx, 408, 429) and a circuit breaker per method, so that a service that is
 * down costs callers milliseconds, not seconds. Answers, "absent" and refusals included, are
 * neither retried nor counted. The numbers are configuration ({@code
 * quarkus.fault-tolerance.global.*} in this library's {@code microprofile-config.properties}).
 */
@Timeout
@Retry(
    retryOn = {
      UpstreamFailure.class,
      org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException.class
    },
    abortOn = UpstreamRefusal.class)
@CircuitBreaker(
    failOn = {
      UpstreamFailure.class,
      org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException.class
    },
    skipOn = UpstreamRefusal.class)
public abstract class GuardedCalls {

  /**
   * One request: its answer, empty for 404, an {@link UpstreamRefusal} or an {@link
   * UpstreamFailure} (an {@link UpstreamTimeout} when the client's timeout ran out) otherwise.
   */
  protected static <T> Optional<T> call(String service, Supplier<T> request) {
    try {
      return Optional.of(request.get());
    } catch (UpstreamAbsent absent) {
      return Optional.empty();
    } catch (ProcessingException e) {
      if (timedOut(e)) {
        throw new UpstreamTimeout(service, e);
      }
      throw new UpstreamFailure(service, service + " could not be reached", e);
    }
  }

  /** A read timeout (Vert.x's is a {@link TimeoutException}) or a connect timeout, by type. */
  static boolean timedOut(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TimeoutException
          || t instanceof SocketTimeoutException
          || t instanceof ConnectTimeoutException) {
        return true;
      }
    }
    return false;
  }
}
