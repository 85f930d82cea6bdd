package vn.khaosat.gateway.proxy;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import vn.khaosat.gateway.config.GatewayConfig;

/**
 * A token bucket (Bucket4j) per client: {@code burst} requests at once, refilled at {@code
 * perMinute}. Kept in memory per gateway instance, so several instances each allow the rate.
 */
@ApplicationScoped
public class RateLimiter {

  private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final GatewayConfig.RateLimit limit;

  public RateLimiter(GatewayConfig config) {
    this.limit = config.rateLimit();
  }

  /** 0 when the request may pass, else the whole seconds to wait (at least 1). */
  public long secondsToWait(String client) {
    ConsumptionProbe probe =
        buckets.computeIfAbsent(client, c -> newBucket()).tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return 0;
    }
    return Math.max(1, (long) Math.ceil(probe.getNanosToWaitForRefill() / 1e9));
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(
            bandwidth ->
                bandwidth
                    .capacity(limit.burst())
                    .refillGreedy(limit.perMinute(), Duration.ofMinutes(1)))
        .build();
  }
}
