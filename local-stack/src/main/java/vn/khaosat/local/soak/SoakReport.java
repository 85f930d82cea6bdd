package vn.khaosat.local.soak;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What a soak found: every route's answers and latencies, and the services' live heaps. */
public record SoakReport(
    SoakSettings settings,
    Duration ran,
    List<RouteStats.Summary> routes,
    Map<String, Long> heapsAfterSetup,
    Map<String, Long> heapsAtStart,
    Map<String, Long> heapsAtEnd) {

  public int requests() {
    return routes.stream().mapToInt(RouteStats.Summary::requests).sum();
  }

  /** Answers no route expects: 5xx, unexpected 4xx, no answer at all, or another status. */
  public int errors() {
    return routes.stream().mapToInt(RouteStats.Summary::errors).sum();
  }

  public int serverErrors() {
    return routes.stream().mapToInt(RouteStats.Summary::serverErrors).sum();
  }

  public int unexpectedClientErrors() {
    return routes.stream().mapToInt(RouteStats.Summary::unexpectedClientErrors).sum();
  }

  /** Each service's live heap growth from the start to the end, in percent. */
  public Map<String, Double> heapGrowth() {
    Map<String, Double> growth = new LinkedHashMap<>();
    heapsAtStart.forEach(
        (service, start) ->
            growth.put(service, 100.0 * (heapsAtEnd.get(service) - start) / Math.max(1, start)));
    return growth;
  }

  public void print(PrintStream out) {
    out.printf(
        "Soak: %d users for %s (warm-up %s) through %s, at most %.1f requests/s each%n",
        settings.users(),
        ran.withNanos(0).toString().substring(2).toLowerCase(),
        settings.warmUp().toString().substring(2).toLowerCase(),
        settings.gateway(),
        settings.requestsPerSecond());
    out.printf(
        "%-72s %8s %5s %6s %6s %8s %8s  %s%n",
        "route", "requests", "5xx", "4xx!", "other!", "p50 ms", "p99 ms", "statuses");
    routes.stream()
        .sorted(Comparator.comparing(RouteStats.Summary::route))
        .forEach(
            r ->
                out.printf(
                    "%-72s %8d %5d %6d %6d %8.1f %8.1f  %s%n",
                    r.route(),
                    r.requests(),
                    r.serverErrors(),
                    r.unexpectedClientErrors(),
                    r.otherUnexpected(),
                    r.p50(),
                    r.p99(),
                    r.statuses().entrySet().stream()
                        .map(e -> e.getKey() + "×" + e.getValue())
                        .collect(Collectors.joining(" "))));
    out.printf(
        "%-72s %8d %5d %6d %6d   (%.0f requests/s; 4xx! = unexpected 4xx)%n",
        "total",
        requests(),
        serverErrors(),
        unexpectedClientErrors(),
        errors() - serverErrors() - unexpectedClientErrors(),
        requests() / Math.max(1.0, ran.toMillis() / 1000.0));
    routes.stream()
        .filter(r -> !r.unexpectedSamples().isEmpty())
        .forEach(
            r ->
                r.unexpectedSamples()
                    .forEach(s -> out.println("  unexpected, " + r.route() + ": " + s)));
    out.println("Live heap after a full GC (jcmd GC.run, GC.heap_info), MB:");
    out.printf("%-20s %12s %12s %12s %8s%n", "service", "after setup", "start", "end", "growth");
    heapGrowth()
        .forEach(
            (service, growth) ->
                out.printf(
                    "%-20s %12.1f %12.1f %12.1f %7.1f%%%n",
                    service,
                    heapsAfterSetup.get(service) / 1024.0,
                    heapsAtStart.get(service) / 1024.0,
                    heapsAtEnd.get(service) / 1024.0,
                    growth));
  }
}
