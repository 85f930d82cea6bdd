package vn.khaosat.gateway.proxy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import vn.khaosat.gateway.config.GatewayConfig;

/**
 * A token bucket per client: {@code burst} requests at once, refilled at {@code perMinute}. Kept in
 * memory per gateway instance; several instances each allow the rate.
 */
@ApplicationScoped
public class RateLimiter {

  private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final double capacity;
  private final double tokensPerNano;

  public RateLimiter(GatewayConfig config) {
    this.capacity = config.rateLimit().burst();
    this.tokensPerNano = config.rateLimit().perMinute() / 60e9;
  }

  /** 0 when the request may pass, else the seconds to wait (at least 1). */
  public long secondsToWait(String client) {
    return buckets.computeIfAbsent(client, c -> new Bucket(capacity)).take(capacity, tokensPerNano);
  }

  private static final class Bucket {
    private double tokens;
    private long refilledAt = System.nanoTime();

    Bucket(double capacity) {
      this.tokens = capacity;
    }

    synchronized long take(double capacity, double tokensPerNano) {
      long now = System.nanoTime();
      tokens = Math.min(capacity, tokens + (now - refilledAt) * tokensPerNano);
      refilledAt = now;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerNano / 1e9));
    }
  }
}
