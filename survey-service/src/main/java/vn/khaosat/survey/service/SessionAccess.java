package vn.khaosat.survey.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import vn.khaosat.caching.EntityTags;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.security.CurrentUser;
import vn.khaosat.security.Roles;
import vn.khaosat.security.UnitRight;
import vn.khaosat.security.UnitScope;
import vn.khaosat.survey.domain.SurveySession;

/**
 * Finds sessions and guards their writes: the caller must be secretary or admin for the host unit,
 * If-Match (when sent) must name the current version, and signed minutes never change. A write
 * locks the session row, so it cannot race the signing or another write, and raises its version, so
 * a client holding the old ETag learns of the change.
 */
@ApplicationScoped
public class SessionAccess {

  /** The minutes of a unit's sessions. */
  static final UnitRight MINUTES = UnitRight.of(Roles.SECRETARY, Roles.ADMIN);

  private final UnitScope scope;
  private final CurrentUser user;

  public SessionAccess(UnitScope scope, CurrentUser user) {
    this.scope = scope;
    this.user = user;
  }

  public static SurveySession require(long id) {
    SurveySession session = SurveySession.findById(id);
    if (session == null) {
      throw ApiProblem.notFound("session.notFound", id);
    }
    return session;
  }

  /** The session locked for a change of its content. */
  public SurveySession editable(long id, String ifMatch) {
    SurveySession session = locked(id, ifMatch);
    if (!session.status.editable()) {
      throw ApiProblem.conflict("session.signed", id);
    }
    return session;
  }

  /** The session locked for a change of status: signed sessions are refused by the status rule. */
  public SurveySession locked(long id, String ifMatch) {
    SurveySession session = SurveySession.findById(id, LockModeType.PESSIMISTIC_WRITE);
    if (session == null) {
      throw ApiProblem.notFound("session.notFound", id);
    }
    requireWriter(session.hostUnitCode);
    EntityTags.checkIfMatch(ifMatch, session.version);
    session.updatedAt = OffsetDateTime.now();
    return session;
  }

  /**
   * The checks a write passes before it asks another service (outside the transaction): the session
   * exists, the caller may write for it, and it is not signed. The transaction checks again.
   */
  public SurveySession checkBeforeCalls(long id) {
    SurveySession session = require(id);
    requireWriter(session.hostUnitCode);
    if (!session.status.editable()) {
      throw ApiProblem.conflict("session.signed", id);
    }
    return session;
  }

  public void requireWriter(String hostUnitCode) {
    scope.require(MINUTES, hostUnitCode);
  }

  public String userName() {
    return user.name();
  }
}
