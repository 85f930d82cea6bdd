package vn.khaosat.survey.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Function;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.survey.domain.sessions.AgendaItem;
import vn.khaosat.survey.domain.sessions.Amendment;
import vn.khaosat.survey.domain.sessions.Attendance;
import vn.khaosat.survey.domain.sessions.Finding;
import vn.khaosat.survey.domain.sessions.Participant;
import vn.khaosat.survey.domain.sessions.Statement;
import vn.khaosat.survey.domain.sessions.SurveySession;

/**
 * One part of a session, found under that session only: for a read (404 otherwise), or named by a
 * write's field (a 400 problem on that field otherwise).
 */
@ApplicationScoped
public class SessionParts {

  private final SessionAccess access;

  public SessionParts(SessionAccess access) {
    this.access = access;
  }

  public Participant participant(long sessionId, long id) {
    return find(sessionId, s -> s.participants, p -> p.id, id, "participant.notFound");
  }

  public Statement statement(long sessionId, long id) {
    return find(sessionId, s -> s.statements, p -> p.id, id, "statement.notFound");
  }

  public AgendaItem agendaItem(long sessionId, long id) {
    return find(sessionId, s -> s.agenda, p -> p.id, id, "agenda.notFound");
  }

  public Finding finding(long sessionId, long id) {
    return find(sessionId, s -> s.findings, p -> p.id, id, "finding.notFound");
  }

  public Amendment amendment(long sessionId, long id) {
    return find(sessionId, s -> s.amendments, p -> p.id, id, "amendment.notFound");
  }

  /** A participant of this session who was present, or a 400 problem on {@code field}. */
  public Participant present(SurveySession session, long participantId, String field) {
    Participant participant = ofSession(session, participantId, field);
    if (participant.attendance != Attendance.PRESENT) {
      throw ApiProblem.invalidField(field, "participant.absent", participant.fullName);
    }
    return participant;
  }

  /** A participant of this session, or a 400 problem on {@code field}. */
  public Participant ofSession(SurveySession session, long participantId, String field) {
    return session.participants.stream()
        .filter(p -> p.id == participantId)
        .findFirst()
        .orElseThrow(
            () ->
                ApiProblem.invalidField(
                    field, "participant.notInSession", participantId, session.id));
  }

  private <T> T find(
      long sessionId,
      Function<SurveySession, List<T>> parts,
      Function<T, Long> idOf,
      long id,
      String notFound) {
    return parts.apply(access.find(sessionId)).stream()
        .filter(p -> idOf.apply(p) == id)
        .findFirst()
        .orElseThrow(() -> ApiProblem.notFound(notFound, id, sessionId));
  }
}
