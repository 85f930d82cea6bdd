package vn.khaosat.survey.service.directives;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.khaosat.persistence.RetryOnRace;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.survey.domain.Days;
import vn.khaosat.survey.domain.Limits;
import vn.khaosat.survey.domain.directives.Directive;
import vn.khaosat.survey.domain.directives.DirectiveChange;
import vn.khaosat.survey.domain.directives.DirectiveStatus;
import vn.khaosat.survey.domain.sessions.Positions;
import vn.khaosat.survey.domain.sessions.SurveySession;
import vn.khaosat.survey.service.SessionAccess;
import vn.khaosat.survey.service.UnitDirectory;

/**
 * The directives of a conclusion. Their text, owner and deadline are part of the minutes and freeze
 * with the signing; their status is followed up after it, and every change is kept.
 */
@ApplicationScoped
public class DirectiveService {

  private final SessionAccess access;
  private final UnitDirectory units;

  public DirectiveService(SessionAccess access, UnitDirectory units) {
    this.access = access;
    this.units = units;
  }

  public Directive get(long id) {
    return access.directive(id);
  }

  /** The responsible unit is checked before the transaction: no row lock waits on a call. */
  public Directive add(long sessionId, DirectiveCommand request, String ifMatch) {
    return store(sessionId, null, request, owner(sessionId, request), ifMatch);
  }

  public Directive update(long sessionId, long id, DirectiveCommand request, String ifMatch) {
    return store(sessionId, id, request, owner(sessionId, request), ifMatch);
  }

  private String owner(long sessionId, DirectiveCommand request) {
    access.checkBeforeCalls(sessionId);
    return units.require(request.responsibleUnitCode(), "responsibleUnitCode").code();
  }

  /** {@code ifMatch} names the session's version for a new directive, the directive's otherwise. */
  @Transactional
  @RetryOnRace
  Directive store(
      long sessionId, Long id, DirectiveCommand request, String ownerUnit, String ifMatch) {
    Directive directive;
    SurveySession session;
    if (id == null) {
      session = access.editable(sessionId, ifMatch);
      directive = new Directive();
      directive.session = session;
      directive.position =
          Positions.next(
              session.id, "directives", session.directives, Limits.DIRECTIVES, d -> d.position);
      directive.status = DirectiveStatus.OPEN;
      session.directives.add(directive);
    } else {
      session = access.editable(sessionId, null);
      directive = inSession(session, id);
      access.requireVersion(ifMatch, directive.version);
    }
    apply(session, directive, request, ownerUnit);
    return directive;
  }

  @Transactional
  public void remove(long sessionId, long id) {
    SurveySession session = access.editable(sessionId, null);
    Directive directive = inSession(session, id);
    DirectiveChange.delete("directive", directive);
    session.directives.remove(directive);
  }

  /** A change of status, allowed before and after signing, by the host's or the owner's side. */
  @Transactional
  public Directive changeStatus(long id, DirectiveStatusCommand request, String ifMatch) {
    access.raiseVersionOfSessionOf(id);
    // locked, so that concurrent changes queue and each one is checked against the one before
    Directive directive = access.lockedDirective(id, ifMatch);
    DirectiveStatus from = directive.status;
    if (!from.mayMoveTo(request.status())) {
      throw ApiProblem.conflict("directive.wrongStep", id, from, request.status());
    }
    if (DirectiveChange.count("directive", directive) >= Limits.DIRECTIVE_CHANGES) {
      throw ApiProblem.conflict("directive.tooManyChanges", id, Limits.DIRECTIVE_CHANGES);
    }
    String evidence = request.evidence() != null ? request.evidence() : directive.evidence;
    if (request.status() == DirectiveStatus.DONE && (evidence == null || evidence.isBlank())) {
      throw ApiProblem.invalidField("evidence", "directive.doneNeedsEvidence");
    }
    DirectiveChange change = new DirectiveChange();
    change.directive = directive;
    change.changedAt = OffsetDateTime.now();
    change.changedBy = access.userName();
    change.fromStatus = from;
    change.toStatus = request.status();
    change.note = request.note();
    change.evidence = request.evidence();
    change.persist();
    directive.status = request.status();
    directive.evidence = evidence;
    directive.updatedAt = change.changedAt;
    return directive;
  }

  public List<DirectiveChange> changes(Directive directive) {
    return DirectiveChange.list("directive = ?1 order by changedAt, id", directive);
  }

  private static Directive inSession(SurveySession session, long id) {
    return session.directives.stream()
        .filter(d -> d.id == id)
        .findFirst()
        .orElseThrow(() -> ApiProblem.notFound("directive.notFound", id));
  }

  private static void apply(
      SurveySession session, Directive directive, DirectiveCommand request, String ownerUnit) {
    LocalDate day = Days.of(session.startsAt);
    if (request.deadline().isBefore(day)) {
      throw ApiProblem.invalidField("deadline", "directive.deadlineBeforeSession", day);
    }
    directive.responsibleUnitCode = ownerUnit;
    directive.text = request.text();
    directive.responsibleBody = request.responsibleBody();
    directive.deadline = request.deadline();
  }
}
