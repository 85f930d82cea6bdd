package vn.khaosat.local.soak;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends the soak's calls to the gateway and counts every answer under its route. A heap measurement
 * waits until no call is on its way ({@link #quiet}), so that it sees what each service keeps, not
 * the requests it is serving.
 */
final class SoakClient {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final URI gateway;
  private final Map<String, RouteStats> routes = new ConcurrentHashMap<>();
  private final ReadWriteLock calls = new ReentrantReadWriteLock();

  SoakClient(URI gateway) {
    this.gateway = gateway;
  }

  /** An answer: its status (-1 for none), body and headers. */
  record Answer(int status, String body, HttpResponse<String> response) {

    /** The id of what was created, from the body's first {@code "id"}. */
    long id() {
      Matcher m = ID.matcher(body);
      if (!m.find()) {
        throw new IllegalStateException("no id in " + body);
      }
      return Long.parseLong(m.group(1));
    }

    Optional<String> header(String name) {
      return response == null ? Optional.empty() : response.headers().firstValue(name);
    }
  }

  Answer send(String bearer, Call call) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(gateway.resolve(call.path()))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", bearer)
            .header("Accept", call.accept());
    call.headers().forEach(request::header);
    if (call.contentType() != null) {
      request.header("Content-Type", call.contentType() + "; charset=UTF-8");
    }
    request.method(
        call.method(),
        call.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8));
    calls.readLock().lock();
    long start = System.nanoTime();
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      record(call, response.statusCode(), System.nanoTime() - start, response.body());
      return new Answer(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      record(call, RouteStats.NO_ANSWER, System.nanoTime() - start, e.toString());
      return new Answer(RouteStats.NO_ANSWER, "", null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(RouteStats.NO_ANSWER, "", null);
    } finally {
      calls.readLock().unlock();
    }
  }

  private void record(Call call, int status, long nanos, String body) {
    routes
        .computeIfAbsent(call.route(), RouteStats::new)
        .record(status, call.expected().contains(status), nanos, body);
  }

  /** Runs {@code work} while no call is on its way; calls wait for it to end. */
  <T> T quiet(java.util.function.Supplier<T> work) {
    calls.writeLock().lock();
    try {
      return work.get();
    } finally {
      calls.writeLock().unlock();
    }
  }

  Map<String, RouteStats> routes() {
    return routes;
  }
}
