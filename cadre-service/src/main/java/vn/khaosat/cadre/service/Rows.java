package vn.khaosat.cadre.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import vn.khaosat.caching.EntityTags;
import vn.khaosat.cadre.domain.UnitOwned;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.security.UnitRight;
import vn.khaosat.security.UnitScope;

/**
 * How this service reads the row a request names: by id (404 when absent), or for a write locked
 * until the transaction ends, then the caller's right for its unit checked and {@code If-Match}
 * compared with its {@code @Version}, in that order. The one way every write of a cadre, a
 * committee or a plan begins.
 */
@ApplicationScoped
public class Rows {

  private final UnitScope scope;

  public Rows(UnitScope scope) {
    this.scope = scope;
  }

  /** The row, or a 404 problem with {@code notFoundKey} naming the id. */
  public <T> T find(Class<T> type, long id, String notFoundKey) {
    return found(Panache.getEntityManager(type).find(type, id), id, notFoundKey);
  }

  /** The row, locked for a change until the transaction ends; 404 as {@link #find}. */
  public <T> T locked(Class<T> type, long id, String notFoundKey) {
    return found(
        Panache.getEntityManager(type).find(type, id, LockModeType.PESSIMISTIC_WRITE),
        id,
        notFoundKey);
  }

  /**
   * The row, locked, once the caller holds {@code right} for its unit (403, or 503 while the unit
   * tree cannot be read) and {@code ifMatch} names its version (412).
   */
  public <T extends UnitOwned> T writable(
      Class<T> type, long id, String notFoundKey, UnitRight right, String ifMatch) {
    T row = locked(type, id, notFoundKey);
    scope.require(right, row.ownerUnit());
    EntityTags.checkIfMatch(ifMatch, row.currentVersion());
    return row;
  }

  private static <T> T found(T row, long id, String notFoundKey) {
    if (row == null) {
      throw ApiProblem.notFound(notFoundKey, id);
    }
    return row;
  }
}
