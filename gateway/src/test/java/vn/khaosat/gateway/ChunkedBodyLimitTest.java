package vn.khaosat.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.khaosat.testing.jwt.TestTokens;

/**
 * A body without Content-Length (chunked; java.net.http sends one for a stream of unknown length)
 * is held to the same limit as one with it: the test profile caps bodies at 24 MB.
 */
@QuarkusTest
class ChunkedBodyLimitTest {

  private static final int MB = 1024 * 1024;
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private static HttpResponse<String> upload(String path, long size) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
            .header("Authorization", TestTokens.bearer("chunked", Set.of("viewer")))
            .header("Content-Type", "text/csv")
            .header("Accept-Language", "en")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new Generated(size)))
            .build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aChunkedBodyOverTheLimitIsRefusedWith413AndNeverReachesTheBackendWhole() throws Exception {
    var response = upload("/api/personnel-plans/chunked-too-large", 30L * MB);
    assertEquals(413, response.statusCode(), response.body());
    assertEquals(
        "application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    JsonObject problem = new JsonObject(response.body());
    assertEquals("urn:khaosat:problem:payload-too-large", problem.getString("type"));
    assertEquals(413, problem.getInteger("status"));
    assertTrue(problem.getString("detail").contains("24 MB"), problem.getString("detail"));
    assertEquals("close", response.headers().firstValue("Connection").orElse(""));
    // the backend request was reset part way: WireMock logs no request, or none whole
    for (var logged :
        Backends.admin(2)
            .find(postRequestedFor(urlPathEqualTo("/api/personnel-plans/chunked-too-large")))) {
      assertTrue(logged.getBody().length < 30 * MB, "length " + logged.getBody().length);
    }
    // the gateway still answers on new connections
    assertEquals(200, upload("/api/personnel-plans/after-refusal", 1024).statusCode());
  }

  @Test
  void aChunkedBodyUnderTheLimitStreamsThroughWhole() throws Exception {
    var response = upload("/api/personnel-plans/chunked-ok", 5L * MB);
    assertEquals(200, response.statusCode(), response.body());
    var received =
        Backends.admin(2).find(postRequestedFor(urlPathEqualTo("/api/personnel-plans/chunked-ok")));
    assertEquals(1, received.size());
    assertEquals(5 * MB, received.get(0).getBody().length);
    assertEquals("chunked", received.get(0).getHeader("Transfer-Encoding"));
  }

  /** {@code size} bytes of a repeating pattern, made as they are read. */
  private static final class Generated extends InputStream {

    private final long size;
    private long position;

    Generated(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      return position < size ? (int) (position++ % 251) : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (position >= size) {
        return -1;
      }
      int n = (int) Math.min(length, size - position);
      for (int i = 0; i < n; i++) {
        buffer[offset + i] = (byte) (position++ % 251);
      }
      return n;
    }
  }
}
