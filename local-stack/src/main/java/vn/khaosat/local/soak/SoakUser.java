package vn.khaosat.local.soak;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One user of the soak: its own token (the gateway limits each user on its own), at most {@code
 * rate} requests a second, operations drawn from {@link SoakMix} until told to stop.
 */
final class SoakUser implements Runnable {

  private final int number;
  private final SoakClient client;
  private final Fixtures fixtures;
  private final String bearer;
  private final long interval;
  private final BooleanSupplier stopped;
  private final Random random;
  private long next = System.nanoTime();

  SoakUser(
      int number,
      SoakClient client,
      Fixtures fixtures,
      String bearer,
      double rate,
      BooleanSupplier stopped) {
    this.number = number;
    this.client = client;
    this.fixtures = fixtures;
    this.bearer = bearer;
    this.interval = (long) (TimeUnit.SECONDS.toNanos(1) / rate);
    this.stopped = stopped;
    this.random = new Random(number);
  }

  @Override
  public void run() {
    while (!stopped.getAsBoolean()) {
      SoakMix.pick(random).accept(this);
    }
  }

  /** Sends {@code call} at the user's pace: never faster than its rate, whatever came before. */
  SoakClient.Answer send(Call call) {
    long now = System.nanoTime();
    if (next > now) {
      try {
        TimeUnit.NANOSECONDS.sleep(next - now);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      next += interval;
    } else {
      // late (a slow answer): start a new pace from now rather than catch up in a burst
      next = now + interval;
    }
    return client.send(bearer, call);
  }

  int number() {
    return number;
  }

  Fixtures fixtures() {
    return fixtures;
  }

  Random random() {
    return random;
  }

  boolean stopped() {
    return stopped.getAsBoolean();
  }

  /** One of {@code items}, at random. */
  <T> T any(java.util.List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
