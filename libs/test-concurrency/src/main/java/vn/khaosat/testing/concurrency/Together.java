package vn.khaosat.testing.concurrency;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts tasks at the same moment on threads of their own: each waits on one barrier, so that they
 * reach the service together, round after round. Real threads, for real races. In a test class,
 * {@code @RegisterExtension static final Together TOGETHER = new Together(n);} stops its threads
 * after the class's tests.
 */
public final class Together implements AutoCloseable, AfterAllCallback {

  private static final long TIMEOUT_SECONDS = 60;

  private final ExecutorService pool;
  private final int threads;

  public Together(int threads) {
    this.threads = threads;
    this.pool = Executors.newFixedThreadPool(threads);
  }

  /** Runs every task at once and returns their results in the order of {@code tasks}. */
  public <T> List<T> run(List<Callable<T>> tasks) throws InterruptedException {
    if (tasks.size() > threads) {
      throw new IllegalArgumentException(tasks.size() + " tasks for " + threads + " threads");
    }
    CyclicBarrier start = new CyclicBarrier(tasks.size());
    List<Future<T>> running = new ArrayList<>();
    for (Callable<T> task : tasks) {
      running.add(pool.submit(() -> startTogether(start, task)));
    }
    List<T> results = new ArrayList<>();
    for (Future<T> future : running) {
      results.add(outcome(future));
    }
    return results;
  }

  /** Runs {@code copies} copies of one task at once, each told its number (0, 1, …). */
  public <T> List<T> run(int copies, Task<T> task) throws InterruptedException {
    List<Callable<T>> tasks = new ArrayList<>();
    for (int i = 0; i < copies; i++) {
      int copy = i;
      tasks.add(() -> task.call(copy));
    }
    return run(tasks);
  }

  private static <T> T startTogether(CyclicBarrier start, Callable<T> task) throws Exception {
    start.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    return task.call();
  }

  private static <T> T outcome(Future<T> future) throws InterruptedException {
    try {
      return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof BrokenBarrierException) {
        throw new AssertionError("the tasks never started together", e.getCause());
      }
      throw new AssertionError("a task failed: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("a task did not finish in " + TIMEOUT_SECONDS + " s", e);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  /** A task told which copy it is. */
  @FunctionalInterface
  public interface Task<T> {
    T call(int copy) throws Exception;
  }
}
