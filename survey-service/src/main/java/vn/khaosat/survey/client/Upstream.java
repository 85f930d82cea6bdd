package vn.khaosat.survey.client;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One call to another service: an answer (404 for "no such thing" included), an {@link
 * UpstreamRefusal} for another 4xx, or an {@link UpstreamFailure} for what may pass (connection
 * refused, 5xx, 408 and 429), which retries and circuit breakers count.
 */
final class Upstream {

  private Upstream() {}

  /** The client's read timeout, whichever library's exception carries it. */
  private static boolean timedOut(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getClass().getSimpleName().contains("Timeout")) {
        return true;
      }
    }
    return false;
  }

  static <T> Optional<T> call(String service, Supplier<T> request) {
    try {
      return Optional.of(request.get());
    } catch (WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (status == 404) {
        return Optional.empty();
      }
      if (status < 500 && status != 408 && status != 429) {
        throw new UpstreamRefusal(service + " answered " + status, status);
      }
      throw new UpstreamFailure(service + " answered " + status, e);
    } catch (ProcessingException e) {
      if (timedOut(e)) {
        throw new UpstreamTimeout(service + " did not answer in time", e);
      }
      throw new UpstreamFailure(service + " could not be reached", e);
    }
  }
}
