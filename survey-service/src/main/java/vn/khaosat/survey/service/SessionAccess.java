package vn.khaosat.survey.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import vn.khaosat.caching.EntityTags;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.security.CurrentUser;
import vn.khaosat.security.Roles;
import vn.khaosat.security.UnitRight;
import vn.khaosat.security.UnitScope;
import vn.khaosat.survey.domain.directives.Directive;
import vn.khaosat.survey.domain.sessions.SurveySession;

/**
 * Finds sessions and directives and guards their writes, the one way of this service: the row is
 * read with a lock ({@code PESSIMISTIC_WRITE}), the caller must be secretary or admin for its unit,
 * and If-Match (when sent) must name its {@code @Version}. Signed minutes never change. A write of
 * a session's content raises the session's version, so a client holding the old ETag learns of it;
 * concurrent writers queue on the lock, each checked against the one before.
 */
@ApplicationScoped
public class SessionAccess {

  /** The minutes of a unit's sessions. */
  private static final UnitRight MINUTES = UnitRight.of(Roles.SECRETARY, Roles.ADMIN);

  private final UnitScope scope;
  private final CurrentUser user;

  public SessionAccess(UnitScope scope, CurrentUser user) {
    this.scope = scope;
    this.user = user;
  }

  /** The session, or a 404 problem. */
  public SurveySession find(long id) {
    SurveySession session = SurveySession.findById(id);
    if (session == null) {
      throw ApiProblem.notFound("session.notFound", id);
    }
    return session;
  }

  /**
   * The session with its participants in one query, for a view: the signature and the conclusion
   * name participants, so they are read with the row rather than after it (the other lists follow,
   * one query each: fetching two lists at once would multiply their rows).
   */
  public SurveySession findWithParticipants(long id) {
    // list(), not firstResult(): a row limit over a fetched collection is applied in memory, with
    // a warning each time; the rows are one session's, made one entity by Hibernate
    List<SurveySession> found =
        SurveySession.<SurveySession>find(
                "from SurveySession s left join fetch s.participants where s.id = ?1", id)
            .list();
    if (found.isEmpty()) {
      throw ApiProblem.notFound("session.notFound", id);
    }
    return found.get(0);
  }

  /**
   * The session's version, or a 404 problem: one query, which tells whether a view made earlier is
   * still the session's (every change of what the view shows raises it).
   */
  public long version(long id) {
    List<Long> versions =
        Panache.getEntityManager()
            .createQuery("select s.version from SurveySession s where s.id = ?1", Long.class)
            .setParameter(1, id)
            .getResultList();
    if (versions.isEmpty()) {
      throw ApiProblem.notFound("session.notFound", id);
    }
    return versions.get(0);
  }

  /**
   * Raises the version of the session that holds directive {@code directiveId}: the session's view
   * shows the directive's status, so its ETag must change with it. Takes the session's row lock
   * before the caller locks the directive, in the order of every writer of a session's parts, so
   * that the two never wait on each other; by SQL, so that the version raised is the committed one
   * whatever this transaction has read, and no revision of the session's content is written.
   */
  public void raiseVersionOfSessionOf(long directiveId) {
    Panache.getEntityManager()
        .createNativeQuery(
            "update survey_session set version = version + 1, updated_at = now()"
                + " where id = (select session_id from directive where id = ?1)")
        .setParameter(1, directiveId)
        .executeUpdate();
  }

  /** The directive, or a 404 problem. */
  public Directive directive(long id) {
    Directive directive = Directive.findById(id);
    if (directive == null) {
      throw ApiProblem.notFound("directive.notFound", id);
    }
    return directive;
  }

  /** The session locked for a change of its content. */
  public SurveySession editable(long id, String ifMatch) {
    SurveySession session = locked(id, ifMatch);
    requireEditable(session);
    return session;
  }

  /** The session locked for a change of status: signed sessions are refused by the status rule. */
  public SurveySession locked(long id, String ifMatch) {
    SurveySession session =
        lock(
            SurveySession.class,
            id,
            "session.notFound",
            s -> requireWriter(s.hostUnitCode),
            s -> s.version,
            ifMatch);
    session.updatedAt = OffsetDateTime.now();
    return session;
  }

  /**
   * The directive locked for a change of its status, allowed to the host's side or the owner's
   * side, before and after signing.
   */
  public Directive lockedDirective(long id, String ifMatch) {
    return lock(
        Directive.class, id, "directive.notFound", this::requireFollowUp, d -> d.version, ifMatch);
  }

  /** If-Match against the version of a part of a session already locked (a directive). */
  public void requireVersion(String ifMatch, long version) {
    EntityTags.checkIfMatch(ifMatch, version);
  }

  /**
   * The checks a write passes before it asks another service (outside the transaction): the session
   * exists, the caller may write for it, and it is not signed. The transaction checks again.
   */
  public SurveySession checkBeforeCalls(long id) {
    SurveySession session = find(id);
    requireWriter(session.hostUnitCode);
    requireEditable(session);
    return session;
  }

  public void requireWriter(String hostUnitCode) {
    scope.require(MINUTES, hostUnitCode);
  }

  /** For a permission checker: true, or the problem {@link #requireWriter} throws. */
  public boolean permitsWriter(String hostUnitCode) {
    return scope.permits(MINUTES, hostUnitCode);
  }

  public String userName() {
    return user.name();
  }

  private void requireFollowUp(Directive directive) {
    try {
      requireWriter(directive.session.hostUnitCode);
    } catch (ApiProblem e) {
      requireWriter(directive.responsibleUnitCode);
    }
  }

  private static void requireEditable(SurveySession session) {
    if (!session.status.editable()) {
      throw ApiProblem.conflict("session.signed", session.id);
    }
  }

  /** The row locked, or 404; then the caller's right ({@code guard}); then If-Match. */
  private static <T> T lock(
      Class<T> type,
      long id,
      String notFound,
      Consumer<T> guard,
      ToLongFunction<T> version,
      String ifMatch) {
    T row = Panache.getEntityManager().find(type, id, LockModeType.PESSIMISTIC_WRITE);
    if (row == null) {
      throw ApiProblem.notFound(notFound, id);
    }
    guard.accept(row);
    EntityTags.checkIfMatch(ifMatch, version.applyAsLong(row));
    return row;
  }
}
