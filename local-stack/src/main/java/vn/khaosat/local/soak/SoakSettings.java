package vn.khaosat.local.soak;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * How a soak runs: against which gateway, how many users for how long, each at most {@code
 * requestsPerSecond} (the gateway allows 10 a second per user), the first {@code warmUp} of it
 * before the heaps are measured at the start, and the process ids of the services to measure.
 */
public record SoakSettings(
    URI gateway,
    int users,
    Duration duration,
    Duration warmUp,
    double requestsPerSecond,
    Tokens tokens,
    Map<String, Long> servicePids) {

  public SoakSettings {
    if (!warmUp.minus(duration).isNegative()) {
      throw new IllegalArgumentException("the warm-up must be shorter than the soak");
    }
  }

  /** The soak's load after its warm-up. */
  Duration measured() {
    return duration.minus(warmUp);
  }
}
