package vn.khaosat.cadre.service.access;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * A bounded queue of reads and one thread writing them in batches. Nothing is dropped: when the
 * queue is full, or once closing has begun, the caller writes its reads itself (and fails if they
 * cannot be written); a batch that fails is kept and tried again; closing writes what is queued.
 * The thread waits up to {@code lingerMillis} after a batch's first read for more, so that under
 * load a statement carries many reads rather than one or two (a read is in memory that much longer
 * before it is committed: a crash of the JVM loses what is queued, as it always did).
 */
final class BatchWriter {

  private static final Logger LOG = Logger.getLogger(BatchWriter.class);
  private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

  private final Consumer<List<PersonalDataRead>> sink;
  private final BlockingQueue<PersonalDataRead> queue;
  private final int batchSize;
  private final long retryMillis;
  private final long lingerNanos;
  // offers hold the read lock; closing takes the write lock, so no read is queued after the drain
  private final ReadWriteLock closing = new ReentrantReadWriteLock();
  private volatile boolean closed;
  private final Thread thread;

  BatchWriter(
      Consumer<List<PersonalDataRead>> sink, int capacity, int batchSize, long retryMillis) {
    this(sink, capacity, batchSize, retryMillis, 0);
  }

  BatchWriter(
      Consumer<List<PersonalDataRead>> sink,
      int capacity,
      int batchSize,
      long retryMillis,
      long lingerMillis) {
    this.sink = sink;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.batchSize = batchSize;
    this.retryMillis = retryMillis;
    this.lingerNanos = TimeUnit.MILLISECONDS.toNanos(lingerMillis);
    this.thread = new Thread(this::run, "personal-data-log");
    thread.setDaemon(true);
    thread.start();
  }

  /** Queues {@code reads}; those that do not fit are written now, by the caller. */
  void write(List<PersonalDataRead> reads) {
    List<PersonalDataRead> overflow = new ArrayList<>();
    closing.readLock().lock();
    try {
      for (PersonalDataRead read : reads) {
        if (closed || !queue.offer(read)) {
          overflow.add(read);
        }
      }
    } finally {
      closing.readLock().unlock();
    }
    if (!overflow.isEmpty()) {
      sink.accept(overflow);
    }
  }

  /** Reads waiting to be written. */
  int pending() {
    return queue.size();
  }

  /** Stops queueing (later reads are written by their callers) and writes what is queued. */
  void close(long timeoutMillis) throws InterruptedException {
    closing.writeLock().lock();
    try {
      closed = true;
    } finally {
      closing.writeLock().unlock();
    }
    thread.join(timeoutMillis);
    if (thread.isAlive()) {
      LOG.errorf("personal-data log: %d reads still unwritten at shutdown", queue.size());
    }
  }

  private void run() {
    List<PersonalDataRead> batch = new ArrayList<>(batchSize);
    while (!(closed && queue.isEmpty() && batch.isEmpty())) {
      try {
        if (batch.isEmpty()) {
          PersonalDataRead first = queue.poll(100, TimeUnit.MILLISECONDS);
          if (first == null) {
            continue;
          }
          batch.add(first);
          gather(batch);
        }
        sink.accept(batch);
        batch = new ArrayList<>(batchSize);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        LOG.errorf(
            "personal-data log interrupted: %d reads unwritten", batch.size() + queue.size());
        return;
      } catch (RuntimeException e) {
        // kept and tried again: the queue fills meanwhile, and callers then write (or fail) alone
        LOG.errorf(e, "personal-data log: %d reads not written yet, retrying", batch.size());
        pause();
      }
    }
  }

  /** Adds what is queued, waiting up to the linger for more unless full or closing. */
  private void gather(List<PersonalDataRead> batch) throws InterruptedException {
    queue.drainTo(batch, batchSize - batch.size());
    long deadline = System.nanoTime() + lingerNanos;
    long left = lingerNanos;
    while (batch.size() < batchSize && left > 0 && !closed) {
      // sleeps rather than waits on the queue, so that a read arriving wakes no thread (waiting
      // made every read a wake-up and a context switch); in slices, so that closing and a full
      // batch are seen within one
      TimeUnit.NANOSECONDS.sleep(Math.min(left, SLICE_NANOS));
      queue.drainTo(batch, batchSize - batch.size());
      left = deadline - System.nanoTime();
    }
  }

  private void pause() {
    try {
      Thread.sleep(retryMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
