package vn.khaosat.survey.service.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import vn.khaosat.persistence.RetryOnRace;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.survey.domain.sessions.Participant;
import vn.khaosat.survey.domain.sessions.ParticipantRole;
import vn.khaosat.survey.domain.sessions.SessionStatus;
import vn.khaosat.survey.domain.sessions.SurveySession;
import vn.khaosat.survey.service.SessionAccess;
import vn.khaosat.survey.service.SessionParts;

/**
 * The status of a session, one step at a time: held, concluded (once a conclusion is written),
 * signed by the secretary and the chair. Any other step is a 409 problem.
 */
@ApplicationScoped
public class SessionSteps {

  private final SessionAccess access;
  private final SessionParts parts;

  public SessionSteps(SessionAccess access, SessionParts parts) {
    this.access = access;
    this.parts = parts;
  }

  @Transactional
  public SurveySession hold(long id, String ifMatch) {
    SurveySession session = access.locked(id, ifMatch);
    move(session, SessionStatus.HELD);
    return session;
  }

  /** Writes or revises the conclusion while the session is held or concluded. */
  @Transactional
  @RetryOnRace
  public SurveySession writeConclusion(long id, ConclusionCommand request, String ifMatch) {
    SurveySession session = access.editable(id, ifMatch);
    if (session.status == SessionStatus.PLANNED) {
      throw ApiProblem.conflict("session.notHeld", id);
    }
    Participant by = parts.present(session, request.concludedById(), "concludedById");
    if (!by.role.mayChair()) {
      throw ApiProblem.invalidField("concludedById", "session.notChair", by.fullName);
    }
    session.conclusionText = request.text();
    session.concludedBy = by;
    return session;
  }

  @Transactional
  public SurveySession conclude(long id, String ifMatch) {
    SurveySession session = access.locked(id, ifMatch);
    if (session.status == SessionStatus.HELD && session.conclusionText == null) {
      throw ApiProblem.conflict("session.noConclusion", id);
    }
    move(session, SessionStatus.CONCLUDED);
    return session;
  }

  @Transactional
  public SurveySession sign(long id, SignCommand request, String ifMatch) {
    SurveySession session = access.locked(id, ifMatch);
    move(session, SessionStatus.SIGNED);
    Participant secretary = parts.present(session, request.secretaryId(), "secretaryId");
    if (secretary.role != ParticipantRole.SECRETARY) {
      throw ApiProblem.invalidField("secretaryId", "session.notSecretary", secretary.fullName);
    }
    Participant chair = parts.present(session, request.chairId(), "chairId");
    if (!chair.role.mayChair()) {
      throw ApiProblem.invalidField("chairId", "session.notChair", chair.fullName);
    }
    session.secretary = secretary;
    session.chair = chair;
    session.signedAt = OffsetDateTime.now();
    session.signedBy = access.userName();
    return session;
  }

  private static void move(SurveySession session, SessionStatus target) {
    if (!session.status.mayMoveTo(target)) {
      throw ApiProblem.conflict("session.wrongStep", session.id, session.status, target);
    }
    session.status = target;
  }
}
