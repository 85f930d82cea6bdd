package vn.khaosat.gateway.proxy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The bearer tokens the edge has verified (mã thông báo đã xác thực), each kept until its own
 * expiry, so that a caller's next requests skip the signature check, an RSA verification that was
 * most of the gateway's cost per request. Keyed by the whole token string, so only the very same
 * token finds an entry; bounded in size (the least used go first); an entry is never used at or
 * after its token's {@code exp}. A token verified before a key rotation is thus accepted here until
 * it expires; every service verifies each token again.
 */
final class VerifiedTokens {

  private record Verified(String user, long expiresAtMillis) {}

  private final Cache<String, Verified> cache;
  private final LongSupplier clockMillis;

  VerifiedTokens(long maximumSize) {
    this(maximumSize, System::currentTimeMillis, Ticker.systemTicker());
  }

  /** With the clocks given: the wall clock the tokens' {@code exp} is read on, and the cache's. */
  VerifiedTokens(long maximumSize, LongSupplier clockMillis, Ticker ticker) {
    this.clockMillis = clockMillis;
    this.cache =
        Caffeine.newBuilder()
            .maximumSize(maximumSize)
            .expireAfter(new UntilExpiry())
            .ticker(ticker)
            // upkeep on the caller's thread: no hand-off to another thread per request
            .executor(Runnable::run)
            .build();
  }

  /** The user of {@code token} if it was verified and has not expired, else null. */
  String user(String token) {
    Verified verified = cache.getIfPresent(token);
    if (verified == null) {
      return null;
    }
    if (clockMillis.getAsLong() >= verified.expiresAtMillis()) {
      // the cache's own expiry runs on another clock: this one decides
      cache.invalidate(token);
      return null;
    }
    return verified.user();
  }

  /** Keeps {@code token}, just verified, until {@code expiresAtSeconds} (its {@code exp}). */
  void put(String token, String user, long expiresAtSeconds) {
    long expiresAtMillis = TimeUnit.SECONDS.toMillis(expiresAtSeconds);
    if (user != null && expiresAtMillis > clockMillis.getAsLong()) {
      cache.put(token, new Verified(user, expiresAtMillis));
    }
  }

  long size() {
    cache.cleanUp();
    return cache.estimatedSize();
  }

  private final class UntilExpiry implements Expiry<String, Verified> {

    @Override
    public long expireAfterCreate(String token, Verified verified, long currentTime) {
      long left = verified.expiresAtMillis() - clockMillis.getAsLong();
      return TimeUnit.MILLISECONDS.toNanos(Math.max(0, left));
    }

    @Override
    public long expireAfterUpdate(
        String token, Verified verified, long currentTime, long currentDuration) {
      return expireAfterCreate(token, verified, currentTime);
    }

    @Override
    public long expireAfterRead(
        String token, Verified verified, long currentTime, long currentDuration) {
      return currentDuration;
    }
  }
}
