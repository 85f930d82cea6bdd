package vn.khaosat.cadre.service.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The queue of the access log drops nothing: full, failing, or closing. */
class BatchWriterTest {

  private static List<PersonalDataRead> reads(long from, long to) {
    return LongStream.range(from, to)
        .mapToObj(
            id -> new PersonalDataRead(id, "u", OffsetDateTime.now(), "GET", "/api/x", "r" + id))
        .toList();
  }

  private static List<Long> ids(List<PersonalDataRead> reads) {
    return reads.stream().map(PersonalDataRead::cadreId).sorted().toList();
  }

  @Test
  void queuedReadsAreWrittenInBatchesByTheWriterThread() throws Exception {
    List<PersonalDataRead> written = Collections.synchronizedList(new ArrayList<>());
    List<String> threads = Collections.synchronizedList(new ArrayList<>());
    BatchWriter writer =
        new BatchWriter(
            batch -> {
              threads.add(Thread.currentThread().getName());
              written.addAll(batch);
            },
            100,
            10,
            10);
    writer.write(reads(0, 25));
    writer.close(5_000);
    assertEquals(LongStream.range(0, 25).boxed().toList(), ids(written));
    assertTrue(threads.stream().allMatch("personal-data-log"::equals), threads.toString());
  }

  @Test
  void readsArrivingWithinTheLingerShareOneBatch() throws Exception {
    List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
    BatchWriter writer = new BatchWriter(batch -> sizes.add(batch.size()), 100, 50, 10, 30_000);
    for (PersonalDataRead read : reads(0, 20)) {
      writer.write(List.of(read)); // one read at a time, as answers come
      Thread.sleep(5);
    }
    writer.close(5_000);
    assertEquals(List.of(20), sizes);
  }

  @Test
  void aFullBatchIsWrittenWithoutWaitingOutTheLinger() throws Exception {
    CountDownLatch written = new CountDownLatch(1);
    BatchWriter writer = new BatchWriter(batch -> written.countDown(), 100, 10, 10, 60_000);
    writer.write(reads(0, 10));
    assertTrue(written.await(5, TimeUnit.SECONDS), "a full batch waited for the linger");
    writer.close(5_000);
  }

  @Test
  void closingWritesWhatIsGatheredWithoutWaitingOutTheLinger() throws Exception {
    List<PersonalDataRead> written = Collections.synchronizedList(new ArrayList<>());
    BatchWriter writer = new BatchWriter(written::addAll, 100, 50, 10, 60_000);
    writer.write(reads(0, 3));
    Thread.sleep(100); // the writer thread is gathering
    long start = System.nanoTime();
    writer.close(5_000);
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(4), "close waited the linger");
    assertEquals(List.of(0L, 1L, 2L), ids(written));
  }

  @Test
  void whenTheQueueIsFullTheCallerWritesItsOwnReads() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    List<PersonalDataRead> written = Collections.synchronizedList(new ArrayList<>());
    List<String> callers = Collections.synchronizedList(new ArrayList<>());
    Consumer<List<PersonalDataRead>> slowSink =
        batch -> {
          if (Thread.currentThread().getName().equals("personal-data-log")) {
            await(release); // the writer thread is stuck: the queue fills
          } else {
            callers.add(Thread.currentThread().getName());
          }
          written.addAll(batch);
        };
    BatchWriter writer = new BatchWriter(slowSink, 5, 1, 10);
    writer.write(reads(0, 1)); // taken by the writer thread, which then waits
    Thread.sleep(200);
    writer.write(reads(1, 6)); // fills the queue
    writer.write(reads(6, 9)); // does not fit: written here, now
    assertEquals(List.of(Thread.currentThread().getName()), callers);
    assertEquals(List.of(6L, 7L, 8L), ids(written));
    release.countDown();
    writer.close(5_000);
    assertEquals(LongStream.range(0, 9).boxed().toList(), ids(written));
  }

  @Test
  void aFailedBatchIsKeptAndWrittenOnceTheSinkRecovers() throws Exception {
    AtomicInteger failures = new AtomicInteger(3);
    List<PersonalDataRead> written = Collections.synchronizedList(new ArrayList<>());
    BatchWriter writer =
        new BatchWriter(
            batch -> {
              if (failures.getAndDecrement() > 0) {
                throw new IllegalStateException("database down");
              }
              written.addAll(batch);
            },
            100,
            50,
            10);
    writer.write(reads(0, 4));
    writer.close(5_000);
    assertEquals(List.of(0L, 1L, 2L, 3L), ids(written));
  }

  @Test
  void afterClosingEveryCallerWritesItselfAndAFailureIsTheCallers() throws Exception {
    List<PersonalDataRead> written = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger calls = new AtomicInteger();
    BatchWriter writer =
        new BatchWriter(
            batch -> {
              if (calls.incrementAndGet() > 1) {
                throw new IllegalStateException("database closed");
              }
              written.addAll(batch);
            },
            100,
            50,
            10);
    writer.close(5_000);
    writer.write(reads(0, 2));
    assertEquals(List.of(0L, 1L), ids(written));
    // nothing silently dropped: the read that cannot be recorded fails
    assertThrows(IllegalStateException.class, () -> writer.write(reads(2, 3)));
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(10, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
