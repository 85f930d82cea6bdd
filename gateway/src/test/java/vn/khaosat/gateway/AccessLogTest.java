package vn.khaosat.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.khaosat.testing.jwt.TestTokens;
import vn.khaosat.testing.support.AccessLogLines;

/** The access log's line of a proxied request, with the access log on. */
@QuarkusTest
@TestProfile(AccessLogLines.On.class)
class AccessLogTest {

  @Test
  void aLineTellsTheRequestItsStatusSizeDurationAndRequestId() throws InterruptedException {
    try (AccessLogLines log = new AccessLogLines()) {
      String id =
          given()
              .header("Authorization", TestTokens.bearer("access-log", Set.of("viewer")))
              .get("/api/terms/2015-2020")
              .then()
              .statusCode(200)
              .extract()
              .header("X-Request-Id");
      Pattern line =
          Pattern.compile(
              "\"GET /api/terms/2015-2020 HTTP/1.1\" 200 \\d+ \\d+ ms req=" + Pattern.quote(id));
      assertTrue(log.awaitLine(line), "no line with a duration for " + id + " in " + log.lines());
    }
  }
}
