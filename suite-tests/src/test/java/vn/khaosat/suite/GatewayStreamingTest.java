package vn.khaosat.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.khaosat.testing.jwt.JwtKeysTestResource;
import vn.khaosat.testing.jwt.TestTokens;

/**
 * Proves that the gateway streams bodies rather than holding them: the real gateway jar runs with a
 * heap far smaller than the bodies ({@value #GATEWAY_HEAP}; Netty's direct memory defaults to the
 * same bound), and 256 MB go through it each way to a stand-in for indicators-service in this JVM,
 * which counts and checksums what it receives and generates what it sends, never holding either
 * whole.
 */
class GatewayStreamingTest {

  /**
   * The gateway's heap, 16 times smaller than each body. Measured here (2 cores, Java 17): at 10 MB
   * and below the gateway dies of OutOfMemoryError while starting; at 12 MB it starts and passes
   * this test, slowly (about 9 s each way, in GC); 16 MB passes in about 4.5 s each way and leaves
   * a margin. With a BodyHandler put in front of the proxy as an experiment, the upload fails at
   * this heap with OutOfMemoryError in the gateway's log.
   */
  private static final String GATEWAY_HEAP = "-Xmx16m";

  private static final long SIZE = 256L * 1024 * 1024;
  private static final int CHUNK = 64 * 1024;
  private static final Path LOG =
      RunningSuite.ROOT.resolve("suite-tests/target/e2e-logs/gateway-streaming.log");

  private static HttpServer backend;
  private static ExecutorService backendThreads;
  private static Process gateway;
  private static String gatewayUrl;
  private static String bearer;
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @BeforeAll
  static void start() throws Exception {
    Map<String, String> keys = new JwtKeysTestResource().start();
    // tokens are signed in this JVM with the generated private key
    keys.forEach(System::setProperty);
    bearer = TestTokens.bearer("streamer", Set.of("admin"));
    startBackend();
    startGateway(keys.get("mp.jwt.verify.publickey.location"));
  }

  @AfterAll
  static void stop() throws InterruptedException {
    try {
      if (gateway != null) {
        gateway.destroy();
        if (!gateway.waitFor(20, TimeUnit.SECONDS)) {
          gateway.destroyForcibly().waitFor();
        }
      }
    } finally {
      if (backend != null) {
        backend.stop(0);
        backendThreads.shutdownNow();
      }
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void bodiesManyTimesTheHeapStreamThroughBothWays() throws Exception {
    // upload: chunked, generated as it is sent; the backend answers "<bytes> <crc32>"
    GeneratedBody sent = new GeneratedBody(SIZE);
    long started = System.nanoTime();
    HttpResponse<String> upload =
        send(
            HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/units/stream-test"))
                .header("Authorization", bearer)
                .header("Content-Type", "application/octet-stream")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> sent))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    long uploadMillis = millisSince(started);
    assertEquals(200, upload.statusCode(), upload.body());
    assertEquals(SIZE + " " + sent.crc(), upload.body(), "bytes and checksum the backend got");

    // download: the backend generates the same bytes; here they are counted and dropped
    started = System.nanoTime();
    HttpResponse<InputStream> download =
        send(
            HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/units/stream-test"))
                .header("Authorization", bearer)
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    assertEquals(200, download.statusCode());
    long received = 0;
    CRC32 crc = new CRC32();
    try (InputStream body = download.body()) {
      byte[] buffer = new byte[CHUNK];
      for (int n; (n = body.read(buffer)) >= 0; ) {
        crc.update(buffer, 0, n);
        received += n;
      }
    } catch (IOException e) {
      throw failure("the download broke off after " + received + " bytes", e);
    }
    long downloadMillis = millisSince(started);
    assertEquals(SIZE, received, "bytes received through the gateway");
    assertEquals(checksumOfGenerated(SIZE), crc.getValue(), "checksum of the bytes received");

    assertTrue(gateway.isAlive(), "the gateway is still running");
    assertFalse(ranOutOfMemory(), "the gateway ran out of memory; see " + LOG);
    System.out.printf(
        "GatewayStreamingTest: %d MB up in %d ms, %d MB down in %d ms, gateway heap %s%n",
        SIZE >> 20, uploadMillis, received >> 20, downloadMillis, GATEWAY_HEAP);
  }

  private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws Exception {
    try {
      return CLIENT.send(request, handler);
    } catch (IOException e) {
      throw failure(request.method() + " through the gateway failed", e);
    }
  }

  private static AssertionError failure(String what, Exception cause) throws IOException {
    return new AssertionError(
        what
            + (ranOutOfMemory() ? "; the gateway ran out of memory" : "")
            + (gateway.isAlive() ? "" : "; the gateway exited")
            + "; see "
            + LOG,
        cause);
  }

  private static boolean ranOutOfMemory() throws IOException {
    String log = Files.readString(LOG, StandardCharsets.UTF_8);
    // Netty's OutOfDirectMemoryError is an OutOfMemoryError with its own name
    return log.contains("OutOfMemoryError") || log.contains("OutOfDirectMemory");
  }

  /** The stand-in for indicators-service, on a free port of this JVM. */
  private static void startBackend() throws IOException {
    backend = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    backend.createContext("/api/units/stream-test", GatewayStreamingTest::streamTest);
    backendThreads = Executors.newFixedThreadPool(4);
    backend.setExecutor(backendThreads);
    backend.start();
  }

  private static void streamTest(HttpExchange exchange) throws IOException {
    try (exchange) {
      if ("POST".equals(exchange.getRequestMethod())) {
        long count = 0;
        CRC32 crc = new CRC32();
        try (InputStream body = exchange.getRequestBody()) {
          byte[] buffer = new byte[CHUNK];
          for (int n; (n = body.read(buffer)) >= 0; ) {
            crc.update(buffer, 0, n);
            count += n;
          }
        }
        byte[] answer = (count + " " + crc.getValue()).getBytes(StandardCharsets.US_ASCII);
        exchange.getResponseHeaders().set("Content-Type", "text/plain");
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
      } else if ("GET".equals(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, 0); // 0: chunked, the length is not announced
        try (InputStream generated = new GeneratedBody(SIZE);
            OutputStream out = exchange.getResponseBody()) {
          byte[] buffer = new byte[CHUNK];
          for (int n; (n = generated.read(buffer)) >= 0; ) {
            out.write(buffer, 0, n);
          }
        }
      } else {
        exchange.sendResponseHeaders(405, -1);
      }
    }
  }

  private static void startGateway(String publicKey) throws Exception {
    Path jar = RunningSuite.ROOT.resolve("gateway/target/quarkus-app/quarkus-run.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar + " is missing: build the services first (mvn install)");
    }
    Files.createDirectories(LOG.getParent());
    int port = RunningSuite.freePort();
    gatewayUrl = "http://localhost:" + port;
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder =
        new ProcessBuilder(java, GATEWAY_HEAP, "-XX:TieredStopAtLevel=1", "-jar", jar.toString())
            .redirectErrorStream(true)
            .redirectOutput(LOG.toFile());
    Map<String, String> env = builder.environment();
    env.put("PORT", String.valueOf(port));
    env.put("INDICATORS_ADDRESSES", "localhost:" + backend.getAddress().getPort());
    // nothing listens there: the other services are not needed
    env.put("CADRE_ADDRESSES", "localhost:" + RunningSuite.freePort());
    env.put("SURVEY_ADDRESSES", "localhost:" + RunningSuite.freePort());
    // a MemorySize (quarkus.http.limits.max-body-size). The gateway holds chunked uploads like this
    // one to it as well (BodyLimit counts them as they stream), so it is set above 256 MB
    env.put("MAX_BODY_SIZE", "1G");
    env.put("RATE_LIMIT_BURST", "100000");
    env.put("JWT_PUBLIC_KEY_LOCATION", publicKey);
    env.put("JWT_ISSUER", JwtKeysTestResource.ISSUER);
    gateway = builder.start();
    awaitLive();
  }

  /**
   * Liveness, not readiness: readiness asks each backend's /q/health/ready, which the stand-in does
   * not serve, so it stays DOWN here.
   */
  private static void awaitLive() throws Exception {
    HttpRequest live =
        HttpRequest.newBuilder(URI.create(gatewayUrl + "/q/health/live"))
            .timeout(Duration.ofSeconds(2))
            .build();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (!gateway.isAlive()) {
        throw new IllegalStateException("the gateway exited; see " + LOG);
      }
      try {
        if (CLIENT.send(live, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("the gateway was not live in 60 s; see " + LOG);
  }

  private static long millisSince(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
  }

  private static long checksumOfGenerated(long size) throws IOException {
    try (GeneratedBody body = new GeneratedBody(size)) {
      body.transferTo(OutputStream.nullOutputStream());
      return body.crc();
    }
  }

  /**
   * {@code size} bytes of a fixed pattern (a function of the position), made as they are read, with
   * the CRC-32 of what has been read so far.
   */
  private static final class GeneratedBody extends InputStream {

    private final long size;
    private final CRC32 crc = new CRC32();
    private long position;

    GeneratedBody(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (position >= size) {
        return -1;
      }
      int n = (int) Math.min(length, size - position);
      for (int i = 0; i < n; i++) {
        long p = position + i;
        buffer[offset + i] = (byte) (p ^ (p >>> 8) ^ (p >>> 16) ^ (p >>> 24));
      }
      crc.update(buffer, offset, n);
      position += n;
      return n;
    }

    long crc() {
      return crc.getValue();
    }
  }
}
