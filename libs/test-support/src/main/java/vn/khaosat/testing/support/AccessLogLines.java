package vn.khaosat.testing.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The lines Quarkus's HTTP access log writes while this is open, for a test run under {@link On}
 * (the test profile turns the access log off); {@link AccessLogContract} is the test of a line.
 */
public final class AccessLogLines implements AutoCloseable {

  /** The access log on, as the manifests and docker-compose turn it on. */
  public static class On implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("quarkus.http.access-log.enabled", "true");
    }
  }

  private static final Logger LOG = Logger.getLogger("io.quarkus.http.access-log");

  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Handler capture =
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

  public AccessLogLines() {
    LOG.addHandler(capture);
  }

  /**
   * Whether a line matching {@code line} was written, waiting a second at most: a line is written
   * once its answer has ended, on the event loop, so it may come after the client has the answer.
   */
  public boolean awaitLine(Pattern line) throws InterruptedException {
    for (int i = 0; i < 50; i++) {
      if (lines.stream().anyMatch(l -> line.matcher(l).find())) {
        return true;
      }
      Thread.sleep(20);
    }
    return false;
  }

  /** Every line captured, for a failure's message. */
  public List<String> lines() {
    return List.copyOf(lines);
  }

  @Override
  public void close() {
    LOG.removeHandler(capture);
  }
}
