package vn.khaosat.suite;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;

/**
 * A short load through the gateway: one thread per route, one request after another (a pause
 * between them), until {@link #close()}. Every answer other than the route's expected status is an
 * error, kept with its status, content type and when it came. A write that fails is sent once more
 * with the same {@code Idempotency-Key}, as a client would, and that retry is counted apart.
 */
final class SteadyLoad implements AutoCloseable {

  /** A route of the load: its name, the n-th request, the status that means success. */
  record Route(String name, LongFunction<HttpRequest> request, int expected, boolean write) {}

  /** An answer that was not the expected one (status 0: no answer at all). */
  record Failure(String route, int status, String contentType, long atMillis, String detail) {}

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final long started = System.nanoTime();
  private final Map<String, AtomicInteger> requests = new LinkedHashMap<>();
  private final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
  private final List<Failure> failedRetries = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger retries = new AtomicInteger();
  private final List<Thread> threads = new ArrayList<>();

  SteadyLoad(List<Route> routes) {
    for (Route route : routes) {
      requests.put(route.name(), new AtomicInteger());
      Thread thread = new Thread(() -> drive(route), "load-" + route.name());
      thread.setDaemon(true);
      threads.add(thread);
    }
    threads.forEach(Thread::start);
  }

  private void drive(Route route) {
    for (long n = 0; running.get(); n++) {
      HttpRequest request = route.request().apply(n);
      requests.get(route.name()).incrementAndGet();
      Failure failure = send(route, request);
      if (failure != null) {
        failures.add(failure);
        if (route.write()) {
          retries.incrementAndGet();
          Failure again = send(route, route.request().apply(n));
          if (again != null) {
            failedRetries.add(again);
          }
        }
      }
      pause(20);
    }
  }

  private Failure send(Route route, HttpRequest request) {
    try {
      HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() == route.expected()) {
        return null;
      }
      return new Failure(
          route.name(),
          answer.statusCode(),
          answer.headers().firstValue("Content-Type").orElse(""),
          millis(),
          answer.body());
    } catch (Exception e) {
      return new Failure(route.name(), 0, "", millis(), e.toString());
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Milliseconds since the load began. */
  long millis() {
    return (System.nanoTime() - started) / 1_000_000;
  }

  Map<String, Integer> requests() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    requests.forEach((route, count) -> counts.put(route, count.get()));
    return counts;
  }

  int requestCount(String route) {
    return requests.get(route).get();
  }

  List<Failure> failures() {
    return List.copyOf(failures);
  }

  List<Failure> failures(String route) {
    return failures().stream().filter(f -> f.route().equals(route)).toList();
  }

  int retries() {
    return retries.get();
  }

  List<Failure> failedRetries() {
    return List.copyOf(failedRetries);
  }

  static HttpRequest.Builder request(String url, String token) {
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token)
        .header("Accept", "application/json");
  }

  @Override
  public void close() throws InterruptedException {
    running.set(false);
    for (Thread thread : threads) {
      thread.join(Duration.ofSeconds(40).toMillis());
    }
  }
}
