package vn.khaosat.testing.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.khaosat.testing.jwt.TestTokens;

/**
 * The access log's line of a request: the request, its status, its size, the milliseconds it took
 * and its request id. An application's {@code AccessLogTest} extends it ({@code @QuarkusTest},
 * {@code @TestProfile(AccessLogLines.On.class)}) and names a read a viewer may make.
 */
public abstract class AccessLogContract {

  /** A path a viewer may GET (200). */
  protected abstract String aRead();

  @Test
  void aLineTellsTheRequestItsStatusSizeDurationAndRequestId() throws InterruptedException {
    try (AccessLogLines log = new AccessLogLines()) {
      String id =
          given()
              .header("Authorization", TestTokens.bearer("access-log", Set.of("viewer")))
              .get(aRead())
              .then()
              .statusCode(200)
              .extract()
              .header("X-Request-Id");
      Pattern line =
          Pattern.compile(
              "\"GET "
                  + Pattern.quote(aRead())
                  + " HTTP/1.1\" 200 \\d+ \\d+ ms req="
                  + Pattern.quote(id));
      assertTrue(log.awaitLine(line), "no line with a duration for " + id + " in " + log.lines());
    }
  }
}
