package vn.khaosat.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The cache of verified tokens: until each token's expiry, by the whole token, bounded. */
class VerifiedTokensTest {

  private final AtomicLong now = new AtomicLong(TimeUnit.SECONDS.toMillis(1_800_000_000L));
  private final VerifiedTokens<String> tokens =
      new VerifiedTokens<>(100, now::get, () -> TimeUnit.MILLISECONDS.toNanos(now.get()));

  private long nowSeconds() {
    return TimeUnit.MILLISECONDS.toSeconds(now.get());
  }

  @Test
  void aVerifiedTokenIsKnownUntilItExpiresAndNeverAfter() {
    tokens.put("a.b.c", "statistician", nowSeconds() + 60);
    assertEquals("statistician", tokens.get("a.b.c"));
    now.addAndGet(59_999);
    assertEquals("statistician", tokens.get("a.b.c"));
    now.addAndGet(1);
    assertNull(tokens.get("a.b.c"));
  }

  @Test
  void onlyTheVeryTokenFindsItsEntry() {
    tokens.put("a.b.c", "statistician", nowSeconds() + 60);
    assertNull(tokens.get("a.b.d"));
    assertNull(tokens.get("a.b.c "));
    assertNull(tokens.get("a.b"));
  }

  @Test
  void anExpiredTokenOrOneWithoutAUserIsNotKept() {
    tokens.put("old", "viewer", nowSeconds());
    tokens.put("older", "viewer", nowSeconds() - 3600);
    tokens.put("nobody", null, nowSeconds() + 60);
    assertNull(tokens.get("old"));
    assertNull(tokens.get("older"));
    assertNull(tokens.get("nobody"));
  }

  @Test
  void theCacheHoldsNoMoreThanItsBound() {
    for (int i = 0; i < 1_000; i++) {
      tokens.put("token-" + i, "user-" + i, nowSeconds() + 3600);
    }
    assertTrue(tokens.size() <= 100, "kept " + tokens.size());
    // the tokens still held answer with their own user
    int found = 0;
    for (int i = 0; i < 1_000; i++) {
      String user = tokens.get("token-" + i);
      if (user != null) {
        assertEquals("user-" + i, user);
        found++;
      }
    }
    assertTrue(found > 0 && found <= 100, "found " + found);
  }
}
