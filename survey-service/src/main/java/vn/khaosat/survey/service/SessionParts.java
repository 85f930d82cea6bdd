package vn.khaosat.survey.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Function;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.survey.domain.AgendaItem;
import vn.khaosat.survey.domain.Amendment;
import vn.khaosat.survey.domain.Finding;
import vn.khaosat.survey.domain.Participant;
import vn.khaosat.survey.domain.Statement;
import vn.khaosat.survey.domain.SurveySession;

/** Reads one part of a session, found under that session only (404 otherwise). */
@ApplicationScoped
public class SessionParts {

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

  private static <T> T find(
      long sessionId,
      Function<SurveySession, List<T>> parts,
      Function<T, Long> idOf,
      long id,
      String notFound) {
    return parts.apply(SessionAccess.require(sessionId)).stream()
        .filter(p -> idOf.apply(p) == id)
        .findFirst()
        .orElseThrow(() -> ApiProblem.notFound(notFound, id, sessionId));
  }
}
