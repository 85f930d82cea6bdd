package vn.khaosat.indicators.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.khaosat.testing.jwt.JwtKeysTestResource;
import vn.khaosat.testing.jwt.TestTokens;

/**
 * The service verifies a token once and keeps it until it expires (libs/token-cache): the parser
 * the bearer mechanism uses gives the same principal back for the same token; a token that fails
 * verification is refused every time.
 */
@QuarkusTest
class VerifiedTokenCacheTest {

  @Inject JWTParser parser;

  @Test
  void theSameTokenIsVerifiedOnce() throws Exception {
    String token = TestTokens.token("thong-ke-cache", Set.of("statistician"), "665");
    assertSame(parser.parse(token), parser.parse(token));
    for (int i = 0; i < 3; i++) {
      given()
          .header("Authorization", "Bearer " + token)
          .get("/api/units/665")
          .then()
          .statusCode(200);
    }
  }

  @Test
  void aForgedOrExpiredTokenIsRefusedEveryTime() throws Exception {
    var generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    String forged =
        Jwt.issuer(JwtKeysTestResource.ISSUER)
            .upn("ke-gia-mao")
            .groups(Set.of("admin"))
            .expiresAt(Instant.now().plusSeconds(600))
            .sign(generator.generateKeyPair().getPrivate());
    String expired =
        Jwt.issuer(JwtKeysTestResource.ISSUER)
            .upn("het-han")
            .groups(Set.of("admin"))
            .expiresAt(Instant.now().minusSeconds(3600))
            .sign();
    for (String token : new String[] {forged, forged, expired, expired}) {
      given()
          .header("Authorization", "Bearer " + token)
          .get("/api/units/665")
          .then()
          .statusCode(401);
    }
  }
}
