package vn.khaosat.gateway.proxy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The timer of each route, service and status ({@code gateway_requests_seconds}), the routes being
 * those of the table only, never raw paths. Each timer is made once and then looked up: building
 * and registering it again on every request cost more than the timing itself.
 */
@ApplicationScoped
public class RouteTimers {

  private final MeterRegistry registry;
  private final Map<String, Map<Integer, Timer>> timers = new ConcurrentHashMap<>();

  public RouteTimers(MeterRegistry registry) {
    this.registry = registry;
  }

  void record(String route, String service, int status, long startedNanos) {
    timers
        .computeIfAbsent(route, r -> new ConcurrentHashMap<>())
        .computeIfAbsent(status, s -> timer(route, service, s))
        .record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
  }

  private Timer timer(String route, String service, int status) {
    return Timer.builder("gateway.requests")
        .description("Requests through the gateway, per route, service and status")
        .tag("route", route)
        .tag("service", service)
        .tag("status", String.valueOf(status))
        .register(registry);
  }
}
