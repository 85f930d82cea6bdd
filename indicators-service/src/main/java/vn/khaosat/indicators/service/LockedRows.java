package vn.khaosat.indicators.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import vn.khaosat.caching.EntityTags;
import vn.khaosat.problem.ApiProblem;

/**
 * The one way a write of this service reads the row it changes (optimistic concurrency as
 * libs/persistence gives it): by id, with a row lock held until the transaction ends, so that
 * concurrent writers queue; its 404 when there is none; then whatever the row itself decides (the
 * caller's unit scope, where the row names the unit); then the If-Match compared with the row's
 * {@code @Version}, a 412 when stale. Flushes answer their conflicts with {@code Flush.orConflict},
 * upserts retry with {@code @RetryOnRace}.
 */
@ApplicationScoped
public class LockedRows {

  /** The row to change, with nothing to check between the lock and the If-Match. */
  public <T> T forChange(
      Class<T> type, Object id, String notFoundKey, String ifMatch, ToLongFunction<T> version) {
    return forChange(type, id, notFoundKey, row -> {}, ifMatch, version);
  }

  /** The row to change, {@code mayChange} run on it before its If-Match is compared. */
  public <T> T forChange(
      Class<T> type,
      Object id,
      String notFoundKey,
      Consumer<T> mayChange,
      String ifMatch,
      ToLongFunction<T> version) {
    T row = Panache.getEntityManager().find(type, id, LockModeType.PESSIMISTIC_WRITE);
    if (row == null) {
      throw ApiProblem.notFound(notFoundKey, id);
    }
    mayChange.accept(row);
    EntityTags.checkIfMatch(ifMatch, version.applyAsLong(row));
    return row;
  }
}
