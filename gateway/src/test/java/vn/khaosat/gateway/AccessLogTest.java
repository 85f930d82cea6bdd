package vn.khaosat.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.khaosat.testing.jwt.TestTokens;

/** The access log's line of a proxied request, with the access log on as in production. */
@QuarkusTest
@TestProfile(AccessLogTest.AccessLogOn.class)
class AccessLogTest {

  /** The production setting: the test profile turns the access log off. */
  public static class AccessLogOn implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("quarkus.http.access-log.enabled", "true");
    }
  }

  @Test
  void aLineTellsTheRequestItsStatusSizeDurationAndRequestId() throws InterruptedException {
    List<String> lines = new CopyOnWriteArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            lines.add(record.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger log = Logger.getLogger("io.quarkus.http.access-log");
    log.addHandler(capture);
    try {
      String id =
          given()
              .header("Authorization", TestTokens.bearer("access-log", Set.of("viewer")))
              .get("/api/terms/2015-2020")
              .then()
              .statusCode(200)
              .extract()
              .header("X-Request-Id");
      // the line is written once the answer has ended, on the event loop
      Pattern line =
          Pattern.compile(
              "\"GET /api/terms/2015-2020 HTTP/1.1\" 200 \\d+ \\d+ ms req=" + Pattern.quote(id));
      for (int i = 0; i < 50 && lines.stream().noneMatch(l -> line.matcher(l).find()); i++) {
        Thread.sleep(20);
      }
      assertTrue(
          lines.stream().anyMatch(l -> line.matcher(l).find()),
          "no access log line with a duration for " + id + " in " + lines);
    } finally {
      log.removeHandler(capture);
    }
  }
}
