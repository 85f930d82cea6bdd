package vn.khaosat.tokens;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The bearer tokens already verified (mã thông báo đã xác thực), each with what its verification
 * gave, kept until the token's own expiry, so that a caller's next requests skip the signature
 * check, an RSA verification that was most of the gateway's cost per request and a fifth of a
 * service's. Keyed by the whole token string, so only the very same token finds an entry; bounded
 * in size (the least used go first); an entry is never used at or after its token's {@code exp}. A
 * token verified before a key rotation is thus accepted until it expires.
 *
 * @param <V> what a verification gives: the principal, or the user's name
 */
public final class VerifiedTokens<V> {

  private record Verified<V>(V value, long expiresAtMillis) {}

  private final Cache<String, Verified<V>> cache;
  private final LongSupplier clockMillis;

  public VerifiedTokens(long maximumSize) {
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

  /** What verifying {@code token} gave, if it was verified and has not expired; else null. */
  public V get(String token) {
    Verified<V> verified = cache.getIfPresent(token);
    if (verified == null) {
      return null;
    }
    if (clockMillis.getAsLong() >= verified.expiresAtMillis()) {
      // the cache's own expiry runs on another clock: this one decides
      cache.invalidate(token);
      return null;
    }
    return verified.value();
  }

  /** Keeps {@code token}, just verified, until {@code expiresAtSeconds} (its {@code exp}). */
  public void put(String token, V value, long expiresAtSeconds) {
    long expiresAtMillis = TimeUnit.SECONDS.toMillis(expiresAtSeconds);
    if (value != null && expiresAtMillis > clockMillis.getAsLong()) {
      cache.put(token, new Verified<>(value, expiresAtMillis));
    }
  }

  long size() {
    cache.cleanUp();
    return cache.estimatedSize();
  }

  private final class UntilExpiry implements Expiry<String, Verified<V>> {

    @Override
    public long expireAfterCreate(String token, Verified<V> verified, long currentTime) {
      long left = verified.expiresAtMillis() - clockMillis.getAsLong();
      return TimeUnit.MILLISECONDS.toNanos(Math.max(0, left));
    }

    @Override
    public long expireAfterUpdate(
        String token, Verified<V> verified, long currentTime, long currentDuration) {
      return expireAfterCreate(token, verified, currentTime);
    }

    @Override
    public long expireAfterRead(
        String token, Verified<V> verified, long currentTime, long currentDuration) {
      return currentDuration;
    }
  }
}
