package vn.khaosat.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.khaosat.gateway.proxy.EdgeAuthentication;
import vn.khaosat.testing.jwt.TestTokens;

/** The edge verifies a token through the same cache as the services (libs/token-cache). */
@QuarkusTest
class VerifiedTokenCacheTest {

  @Inject JWTParser parser;
  @Inject EdgeAuthentication edge;

  @Test
  void theSameTokenIsVerifiedOnce() throws Exception {
    String token = TestTokens.token("to-chuc-cache", Set.of("organizer"), "665");
    assertSame(parser.parse(token), parser.parse(token));
    assertEquals(Optional.of("to-chuc-cache"), edge.user("Bearer " + token));
    assertEquals(Optional.empty(), edge.user("Bearer " + token + "x"));
  }
}
