package vn.khaosat.indicators.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.khaosat.testing.jwt.TestTokens;

/**
 * A body over IMPORT_MAX_BYTES (32 MB) is a 413 problem, whether its length is declared or it comes
 * in chunks: Quarkus answered a bare 413 of its own, and the resource then failed with "Response
 * has already been written" (issue 10).
 */
@QuarkusTest
class ImportSizeLimitTest {

  private static final int LIMIT = 32 * 1024 * 1024;

  @Test
  void aDeclaredLengthOverTheLimitIs413() throws Exception {
    HttpResponse<String> answer = send(HttpRequest.BodyPublishers.ofByteArray(oversized()));
    assertTooLarge(answer);
  }

  @Test
  void aChunkedBodyOverTheLimitIs413Too() throws Exception {
    byte[] body = oversized();
    HttpResponse<String> answer =
        send(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
    assertTooLarge(answer);
  }

  private static void assertTooLarge(HttpResponse<String> answer) {
    assertEquals(413, answer.statusCode(), answer.body());
    assertTrue(
        answer
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    JsonPath problem = JsonPath.from(answer.body());
    assertEquals(413, problem.getInt("status"));
    assertTrue(problem.getString("detail").contains("32 MB"), problem.getString("detail"));
    assertTrue(problem.getString("detail").contains("IMPORT_MAX_BYTES"));
  }

  /** Figures of one seeded unit, line after line, until the body passes the limit. */
  private static byte[] oversized() {
    String line = "BUDGET,665,2019,1,OFFICIAL,Cục Thống kê tỉnh Đắk Nông\n";
    StringBuilder body =
        new StringBuilder(LIMIT + 1024)
            .append("INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS,SOURCE\n");
    while (body.length() <= LIMIT) {
      body.append(line);
    }
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> send(HttpRequest.BodyPublisher body) throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://localhost:"
                        + RestAssured.port
                        + "/api/observations/import?dryRun=false"))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", TestTokens.admin())
            .header("Content-Type", "text/csv")
            .POST(body)
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
