package vn.khaosat.local.soak;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A mixed load through the gateway for a given time: several users, each under the rate limit,
 * reading, replacing shared records, creating, importing, rendering PDFs and carrying their own
 * sessions and plans through their steps ({@link SoakMix}). It counts every answer by route and
 * measures each service's live heap after a full collection: after the setup, at the start (after
 * the warm-up, once the services have loaded what they keep) and at the end.
 */
public final class Soak {

  private final SoakSettings settings;

  public Soak(SoakSettings settings) {
    this.settings = settings;
  }

  public SoakReport run() throws InterruptedException {
    String admin = settings.tokens().bearer("soak-admin", List.of("admin"), List.of());
    Fixtures fixtures = new SoakSetup(new Admin(new SoakClient(settings.gateway()), admin)).make();
    SoakClient client = new SoakClient(settings.gateway());
    HeapProbe heaps = new HeapProbe(settings.servicePids());
    Map<String, Long> afterSetup = heaps.liveHeaps();
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> users = new ArrayList<>();
    for (int n = 1; n <= settings.users(); n++) {
      String bearer =
          settings
              .tokens()
              .bearer(
                  "soak-user-" + n,
                  List.of("viewer", "statistician", "organizer", "secretary"),
                  List.of(fixtures.province()));
      SoakUser user =
          new SoakUser(n, client, fixtures, bearer, settings.requestsPerSecond(), stop::get);
      Thread thread = new Thread(user, "soak-user-" + n);
      users.add(thread);
      thread.start();
    }
    long started = System.nanoTime();
    sleep(settings.warmUp());
    Map<String, Long> start = client.quiet(heaps::liveHeaps);
    sleep(settings.measured());
    stop.set(true);
    for (Thread user : users) {
      user.join();
    }
    Duration ran = Duration.ofNanos(System.nanoTime() - started);
    Map<String, Long> end = heaps.liveHeaps();
    return new SoakReport(
        settings,
        ran,
        client.routes().values().stream().map(RouteStats::summary).toList(),
        afterSetup,
        start,
        end);
  }

  private static void sleep(Duration duration) throws InterruptedException {
    Thread.sleep(duration.toMillis());
  }
}
