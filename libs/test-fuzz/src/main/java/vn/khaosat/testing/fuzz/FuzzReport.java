package vn.khaosat.testing.fuzz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a run sent and found: per kind of input, the requests, the 5xx and the other failures. */
public final class FuzzReport {

  /** The counts of one kind of bad input. */
  public static final class Tally {
    int sent;
    int serverErrors;
    int otherFailures;

    public int sent() {
      return sent;
    }

    public int serverErrors() {
      return serverErrors;
    }
  }

  private static final int SHOWN = 40;

  private final Map<String, Tally> byKind = new TreeMap<>();
  private final List<String> failures = new ArrayList<>();
  private final List<String> rowChanges = new ArrayList<>();
  private final List<String> refusedBases = new ArrayList<>();
  private int bases;
  private int failureCount;
  private Duration elapsed = Duration.ZERO;

  synchronized void record(Attempt attempt, java.util.Optional<String> failure) {
    Tally tally = byKind.computeIfAbsent(attempt.kind(), k -> new Tally());
    tally.sent++;
    if (failure.isPresent()) {
      failureCount++;
      if (failure.get().startsWith("5xx")) {
        tally.serverErrors++;
      } else {
        tally.otherFailures++;
      }
      failures.add(attempt.describe() + "\n      " + failure.get());
    }
  }

  synchronized void rowsChanged(ApiOperation operation, List<String> tables) {
    rowChanges.add(operation + " changed " + String.join(", ", tables));
  }

  /**
   * The answer to an operation's example request, sent after its attacks: when it is refused, the
   * attacks were refused for that reason too and prove less, so the test should give better values.
   */
  synchronized void base(ApiOperation operation, int status, String body) {
    bases++;
    if (status >= 500) {
      failureCount++;
      failures.add(
          operation.id() + " [valid] the example request\n      5xx: " + status + " " + body);
    }
    if (status >= 300) {
      refusedBases.add(
          operation.id()
              + " "
              + status
              + " "
              + (body.length() > 200 ? body.substring(0, 200) : body));
    }
  }

  /** The operations whose example request was refused. */
  public List<String> refusedBases() {
    return List.copyOf(refusedBases);
  }

  void elapsed(Duration elapsed) {
    this.elapsed = elapsed;
  }

  public int sent() {
    return byKind.values().stream().mapToInt(t -> t.sent).sum();
  }

  public Map<String, Tally> byKind() {
    return byKind;
  }

  public boolean clean() {
    return failureCount == 0 && rowChanges.isEmpty();
  }

  /** The table of the closing note: per kind, requests, 5xx, other failures; then the failures. */
  public String summary() {
    StringBuilder out = new StringBuilder();
    out.append(String.format("%-14s %8s %6s %8s%n", "kind", "requests", "5xx", "failures"));
    byKind.forEach(
        (kind, t) ->
            out.append(
                String.format(
                    "%-14s %8d %6d %8d%n", kind, t.sent, t.serverErrors, t.otherFailures)));
    out.append(String.format("%-14s %8d%n", "total", sent()));
    out.append("example requests accepted: ")
        .append(bases - refusedBases.size())
        .append('/')
        .append(bases)
        .append('\n');
    refusedBases.forEach(r -> out.append("  refused example: ").append(r).append('\n'));
    out.append("rows changed: ")
        .append(rowChanges.isEmpty() ? "0" : rowChanges.toString())
        .append('\n');
    out.append("time: ").append(elapsed.toMillis()).append(" ms\n");
    if (failureCount > 0) {
      out.append(failureCount)
          .append(" failures, the first ")
          .append(failures.size())
          .append(":\n");
      failures.forEach(f -> out.append("  ").append(f).append('\n'));
    }
    return out.toString();
  }

  /** Every failure, for a file beside the test's report. */
  public List<String> failures() {
    return List.copyOf(failures);
  }

  /** Writes the summary and every failure to {@code file}; a test report the build keeps. */
  public void writeTo(java.nio.file.Path file) {
    try {
      java.nio.file.Files.createDirectories(file.getParent());
      java.nio.file.Files.writeString(
          file, summary() + "\nall failures:\n" + String.join("\n", failures));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Fails the test with the summary unless every answer was right and no row changed. */
  public void assertClean() {
    if (!clean()) {
      throw new AssertionError("The boundary let bad input through:\n" + summary());
    }
  }
}
