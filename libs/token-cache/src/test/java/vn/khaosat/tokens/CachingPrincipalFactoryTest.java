package vn.khaosat.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.Claims;
import org.junit.jupiter.api.Test;

/**
 * Tokens are verified by smallrye-jwt itself, once each: the same token is then served from the
 * cache until its expiry; a token that fails verification is never kept.
 */
class CachingPrincipalFactoryTest {

  private static final String ISSUER = "https://khaosat.test/issuer";
  private static final KeyPair KEYS = keys();
  private static final KeyPair OTHER_KEYS = keys();

  private final AtomicInteger verifications = new AtomicInteger();
  private final AtomicLong now = new AtomicLong(System.currentTimeMillis());
  private final JWTAuthContextInfo context = new JWTAuthContextInfo(KEYS.getPublic(), ISSUER);
  private final CachingPrincipalFactory factory =
      new CachingPrincipalFactory(
          new CountingVerifier(),
          new VerifiedTokens<>(100, now::get, () -> TimeUnit.MILLISECONDS.toNanos(now.get())));

  private final class CountingVerifier extends JWTCallerPrincipalFactory {
    private final JWTCallerPrincipalFactory real = new TokenVerifier();

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo info) throws ParseException {
      verifications.incrementAndGet();
      return real.parse(token, info);
    }
  }

  private static KeyPair keys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String token(KeyPair keys, Instant expiresAt) {
    return Jwt.issuer(ISSUER)
        .upn("thong-ke-dak-song")
        .groups(Set.of("statistician"))
        .claim("units", java.util.List.of("665"))
        .expiresAt(expiresAt)
        .sign(keys.getPrivate());
  }

  @Test
  void aTokenIsVerifiedOnceAndServedUntilItExpires() throws Exception {
    Instant expiry = Instant.ofEpochMilli(now.get()).plusSeconds(600);
    String token = token(KEYS, expiry);
    JWTCallerPrincipal first = factory.parse(token, context);
    assertEquals("thong-ke-dak-song", first.getName());
    assertEquals(Set.of("statistician"), first.getGroups());
    assertSame(first, factory.parse(token, context));
    assertSame(first, factory.parse(token, context));
    assertEquals(1, verifications.get());
    // at its expiry on the cache's clock the entry is gone: the token goes to the verifier again
    // (which reads the real clock, on which the token is still valid)
    now.set(expiry.toEpochMilli());
    factory.parse(token, context);
    assertEquals(2, verifications.get());
  }

  @Test
  void aTokenSignedByAnotherKeyIsRefusedEveryTime() {
    String forged = token(OTHER_KEYS, Instant.ofEpochMilli(now.get()).plusSeconds(600));
    assertThrows(ParseException.class, () -> factory.parse(forged, context));
    assertThrows(ParseException.class, () -> factory.parse(forged, context));
    assertEquals(2, verifications.get());
  }

  @Test
  void anExpiredTokenIsRefusedAndNotKept() {
    String expired = token(KEYS, Instant.now().minusSeconds(3600));
    assertThrows(ParseException.class, () -> factory.parse(expired, context));
    assertThrows(ParseException.class, () -> factory.parse(expired, context));
    assertEquals(2, verifications.get());
  }

  @Test
  void anotherTokenOfTheSameUserIsVerifiedOnItsOwn() throws Exception {
    Instant expiry = Instant.ofEpochMilli(now.get()).plusSeconds(600);
    factory.parse(token(KEYS, expiry), context);
    factory.parse(token(KEYS, expiry.plusSeconds(1)), context);
    assertEquals(2, verifications.get());
  }

  @Test
  void theClaimsReadAsSmallryeJwtReadsThemWithTheirTypesLookedUp() throws Exception {
    String token = token(KEYS, Instant.ofEpochMilli(now.get()).plusSeconds(600));
    JWTCallerPrincipal ours = factory.parse(token, context);
    JWTCallerPrincipal theirs = new DefaultJWTCallerPrincipalFactory().parse(token, context);
    assertEquals(theirs.getClaimNames(), ours.getClaimNames());
    for (String claim : theirs.getClaimNames()) {
      Object expected = theirs.getClaim(claim);
      Object actual = ours.getClaim(claim);
      assertEquals(String.valueOf(expected), String.valueOf(actual), claim);
    }
    Object units = ours.getClaim("units");
    assertEquals("[\"665\"]", String.valueOf(units));
    // the custom claim's type comes from the lookup, not from Claims.valueOf's exception
    TokenVerifier.Principal principal = assertInstanceOf(TokenVerifier.Principal.class, ours);
    assertEquals(Claims.UNKNOWN, principal.getClaimType("units"));
    assertEquals(Claims.exp, principal.getClaimType("exp"));
    assertEquals(Claims.groups, principal.getClaimType("groups"));
  }
}
