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

  /**
   * The answer for one request, as the {@code RateLimit-*} headers tell it: whether it may pass,
   * the requests left now, the seconds until the bucket is full again, and (when refused) the
   * seconds until one more request may pass.
   */
  public record Decision(
      boolean allowed, long limit, long remaining, long reset, long retryAfter) {}

  private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final GatewayConfig.RateLimit limit;

  public RateLimiter(GatewayConfig config) {
    this.limit = config.rateLimit();
  }

  public Decision consume(String client) {
    ConsumptionProbe probe =
        buckets.computeIfAbsent(client, c -> newBucket()).tryConsumeAndReturnRemaining(1);
    long remaining = probe.getRemainingTokens();
    long reset = seconds((limit.burst() - remaining) * 60_000_000_000L / limit.perMinute());
    return probe.isConsumed()
        ? new Decision(true, limit.burst(), remaining, reset, 0)
        : new Decision(
            false, limit.burst(), 0, reset, Math.max(1, seconds(probe.getNanosToWaitForRefill())));
  }

  private static long seconds(long nanos) {
    return (long) Math.ceil(nanos / 1e9);
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
