package vn.khaosat.persistence;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

/** What a lost race looks like, and the bounded loop that runs a write again after one. */
public final class Races {

  /** Enough for any real contention (a replace meets at most one first write of its row). */
  static final int ATTEMPTS = 8;

  private static final Logger LOG = Logger.getLogger(Races.class);

  // unique violation: another first write of the key won; serialization failure; deadlock
  private static final Set<String> LOST = Set.of("23505", "40001", "40P01");

  private Races() {}

  /**
   * Whether {@code failure}, however wrapped, says that another transaction won: a unique key taken
   * meanwhile, a stale optimistic version, a serialization failure or a deadlock.
   */
  public static boolean lost(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return LOST.contains(sql.getSQLState());
      }
    }
    return false;
  }

  /**
   * Calls {@code attempt} (a whole transaction) until it succeeds, fails otherwise than by a lost
   * race, or has lost {@link #ATTEMPTS} times; the last failure is thrown as it came, for {@link
   * DatabaseProblemMapper} to answer.
   */
  public static <T> T retried(Callable<T> attempt) throws Exception {
    for (int n = 1; ; n++) {
      try {
        return attempt.call();
      } catch (Exception failure) {
        if (n >= ATTEMPTS || !lost(failure)) {
          throw failure;
        }
        LOG.debugf("lost a race (attempt %d), running the transaction again", n);
        // a short random pause, so that writers who met do not meet again at once
        Thread.sleep(ThreadLocalRandom.current().nextLong(1, 4L << n));
      }
    }
  }
}
