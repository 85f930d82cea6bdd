package vn.khaosat.survey.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import vn.khaosat.persistence.RetryOnRace;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.survey.api.ConclusionRequest;
import vn.khaosat.survey.api.SignRequest;
import vn.khaosat.survey.domain.Attendance;
import vn.khaosat.survey.domain.Participant;
import vn.khaosat.survey.domain.ParticipantRole;
import vn.khaosat.survey.domain.SessionStatus;
import vn.khaosat.survey.domain.SurveySession;

/**
 * The status of a session, one step at a time: held, concluded (once a conclusion is written),
 * signed by the secretary and the chair. Any other step is a 409 problem.
 */
@ApplicationScoped
public class SessionSteps {

  private final SessionAccess access;

  public SessionSteps(SessionAccess access) {
    this.access = access;
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
  public SurveySession writeConclusion(long id, ConclusionRequest request, String ifMatch) {
    SurveySession session = access.editable(id, ifMatch);
    if (session.status == SessionStatus.PLANNED) {
      throw ApiProblem.conflict("session.notHeld", id);
    }
    Participant by = present(session, request.concludedById(), "concludedById");
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
  public SurveySession sign(long id, SignRequest request, String ifMatch) {
    SurveySession session = access.locked(id, ifMatch);
    move(session, SessionStatus.SIGNED);
    Participant secretary = present(session, request.secretaryId(), "secretaryId");
    if (secretary.role != ParticipantRole.SECRETARY) {
      throw ApiProblem.invalidField("secretaryId", "session.notSecretary", secretary.fullName);
    }
    Participant chair = present(session, request.chairId(), "chairId");
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

  /** A participant of this session who was present, or a 400 problem on {@code field}. */
  static Participant present(SurveySession session, long participantId, String field) {
    Participant participant = ofSession(session, participantId, field);
    if (participant.attendance != Attendance.PRESENT) {
      throw ApiProblem.invalidField(field, "participant.absent", participant.fullName);
    }
    return participant;
  }

  static Participant ofSession(SurveySession session, long participantId, String field) {
    return session.participants.stream()
        .filter(p -> p.id == participantId)
        .findFirst()
        .orElseThrow(
            () ->
                ApiProblem.invalidField(
                    field, "participant.notInSession", participantId, session.id));
  }
}
