package vn.khaosat.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import vn.khaosat.problem.ApiProblem;

/**
 * Flushes inside the transaction so that a lost race (another writer committed first) or a database
 * constraint becomes a 409 problem, never a 500.
 */
public final class Flush {

  private Flush() {}

  public static void orConflict(String key, Object... args) {
    try {
      Panache.getEntityManager().flush();
    } catch (OptimisticLockException e) {
      throw ApiProblem.conflict("problem.concurrentUpdate");
    } catch (PersistenceException e) {
      if (isConstraintViolation(e)) {
        throw ApiProblem.conflict(key, args);
      }
      throw e;
    }
  }

  private static boolean isConstraintViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.hibernate.exception.ConstraintViolationException) {
        return true;
      }
    }
    return false;
  }
}
