package vn.khaosat.survey.service.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.khaosat.persistence.RetryOnRace;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.survey.domain.Limits;
import vn.khaosat.survey.domain.sessions.Positions;
import vn.khaosat.survey.domain.sessions.Statement;
import vn.khaosat.survey.domain.sessions.SurveySession;
import vn.khaosat.survey.service.SessionAccess;
import vn.khaosat.survey.service.SessionParts;

/**
 * Statements in the order they were made. The speaker must be a present participant of the same
 * session, and a reply answers an earlier statement of the same session.
 */
@ApplicationScoped
public class StatementService {

  private final SessionAccess access;
  private final SessionParts parts;

  public StatementService(SessionAccess access, SessionParts parts) {
    this.access = access;
    this.parts = parts;
  }

  @Transactional
  public Statement add(long sessionId, StatementCommand request, String ifMatch) {
    SurveySession session = access.editable(sessionId, ifMatch);
    Statement statement = new Statement();
    statement.session = session;
    statement.position =
        Positions.next(
            session.id, "statements", session.statements, Limits.STATEMENTS, s -> s.position);
    apply(session, statement, request);
    session.statements.add(statement);
    return statement;
  }

  @Transactional
  @RetryOnRace
  public Statement update(long sessionId, long id, StatementCommand request, String ifMatch) {
    SurveySession session = access.editable(sessionId, ifMatch);
    Statement statement = find(session, id);
    apply(session, statement, request);
    return statement;
  }

  @Transactional
  public void remove(long sessionId, long id, String ifMatch) {
    SurveySession session = access.editable(sessionId, ifMatch);
    Statement statement = find(session, id);
    if (session.statements.stream().anyMatch(s -> s.replyTo == statement)) {
      throw ApiProblem.conflict("statement.answered", statement.position);
    }
    session.statements.remove(statement);
  }

  private static Statement find(SurveySession session, long id) {
    return session.statements.stream()
        .filter(s -> s.id == id)
        .findFirst()
        .orElseThrow(() -> ApiProblem.notFound("statement.notFound", id, session.id));
  }

  private void apply(SurveySession session, Statement statement, StatementCommand request) {
    statement.speaker = parts.present(session, request.speakerId(), "speakerId");
    statement.kind = request.kind();
    statement.text = request.text();
    statement.agendaItem = null;
    if (request.agendaItemId() != null) {
      statement.agendaItem =
          session.agenda.stream()
              .filter(a -> a.id.equals(request.agendaItemId()))
              .findFirst()
              .orElseThrow(
                  () ->
                      ApiProblem.invalidField(
                          "agendaItemId", "agenda.notInSession", request.agendaItemId()));
    }
    statement.replyTo = null;
    if (request.replyToId() != null) {
      Statement answered =
          session.statements.stream()
              .filter(s -> s.id.equals(request.replyToId()))
              .findFirst()
              .orElseThrow(
                  () ->
                      ApiProblem.invalidField(
                          "replyToId", "statement.notInSession", request.replyToId()));
      if (answered == statement || answered.position >= statement.position) {
        throw ApiProblem.invalidField("replyToId", "statement.replyNotEarlier", answered.position);
      }
      statement.replyTo = answered;
    }
  }
}
