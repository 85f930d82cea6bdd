package vn.khaosat.local.soak;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What one route answered during the soak: statuses, the unexpected ones, and latencies. */
final class RouteStats {

  /** Kept of the unexpected answers, for the report: the first few are enough to see why. */
  private static final int SAMPLES = 3;

  /** A status of -1 means no answer at all (a refused or dropped connection, a timeout). */
  static final int NO_ANSWER = -1;

  private final String route;
  private final Map<Integer, Integer> statuses = new TreeMap<>();
  private final List<String> unexpectedSamples = new ArrayList<>();
  private long[] latencies = new long[1024];
  private int count;
  private int serverErrors;
  private int unexpectedClientErrors;
  private int otherUnexpected;

  RouteStats(String route) {
    this.route = route;
  }

  synchronized void record(int status, boolean expected, long nanos, String body) {
    statuses.merge(status, 1, Integer::sum);
    if (count == latencies.length) {
      latencies = Arrays.copyOf(latencies, count * 2);
    }
    latencies[count++] = nanos;
    if (status >= 500) {
      serverErrors++;
    } else if (!expected && status >= 400) {
      unexpectedClientErrors++;
    } else if (!expected) {
      otherUnexpected++;
    }
    if (!expected && unexpectedSamples.size() < SAMPLES) {
      String excerpt = body == null ? "" : body.substring(0, Math.min(300, body.length()));
      unexpectedSamples.add(status + " " + excerpt.replaceAll("\\s+", " "));
    }
  }

  /** The figures of the route, as they are now. */
  synchronized Summary summary() {
    long[] sorted = Arrays.copyOf(latencies, count);
    Arrays.sort(sorted);
    return new Summary(
        route,
        count,
        serverErrors,
        unexpectedClientErrors,
        otherUnexpected,
        percentile(sorted, 50),
        percentile(sorted, 99),
        new TreeMap<>(statuses),
        List.copyOf(unexpectedSamples));
  }

  private static double percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, rank)] / 1e6;
  }

  /** A route's figures: latencies in milliseconds. */
  record Summary(
      String route,
      int requests,
      int serverErrors,
      int unexpectedClientErrors,
      int otherUnexpected,
      double p50,
      double p99,
      Map<Integer, Integer> statuses,
      List<String> unexpectedSamples) {

    int errors() {
      return serverErrors + unexpectedClientErrors + otherUnexpected;
    }
  }
}
