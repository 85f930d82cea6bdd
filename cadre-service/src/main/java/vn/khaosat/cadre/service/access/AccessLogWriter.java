package vn.khaosat.cadre.service.access;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes reads into the access log. {@code ASYNC} (the default) queues them for one thread writing
 * batches, so that a read waits for no insert; {@code SYNC} inserts before the data leaves, in a
 * transaction of its own. bench/access-log.sh measures both; {@link BatchWriter} says why nothing
 * is dropped.
 */
@ApplicationScoped
public class AccessLogWriter {

  /** How reads are written. */
  public enum Mode {
    ASYNC,
    SYNC
  }

  private final AccessLogStore store;
  private final Mode mode;
  private final int capacity;
  private final int batchSize;
  private final long lingerMillis;
  private BatchWriter batches;

  public AccessLogWriter(
      AccessLogStore store,
      @ConfigProperty(name = "khaosat.personal-data-log.writer", defaultValue = "async") Mode mode,
      @ConfigProperty(name = "khaosat.personal-data-log.queue", defaultValue = "10000")
          int capacity,
      @ConfigProperty(name = "khaosat.personal-data-log.batch", defaultValue = "500") int batchSize,
      @ConfigProperty(name = "khaosat.personal-data-log.linger", defaultValue = "50")
          long lingerMillis) {
    this.store = store;
    this.mode = mode;
    this.capacity = capacity;
    this.batchSize = batchSize;
    this.lingerMillis = lingerMillis;
  }

  @PostConstruct
  void start() {
    if (mode == Mode.ASYNC) {
      batches = new BatchWriter(store::insert, capacity, batchSize, 1000, lingerMillis);
    }
  }

  public void write(List<PersonalDataRead> reads) {
    if (batches == null) {
      store.insert(reads);
    } else {
      batches.write(reads);
    }
  }

  /** Reads queued and not yet written (0 when writing synchronously). */
  public int pending() {
    return batches == null ? 0 : batches.pending();
  }

  /** Before the datasource closes: what is queued is written, later reads by their callers. */
  void stop(@Observes ShutdownEvent event) throws InterruptedException {
    if (batches != null) {
      batches.close(10_000);
    }
  }
}
