package vn.khaosat.survey.service.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.khaosat.persistence.RetryOnRace;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.survey.client.TargetInfo;
import vn.khaosat.survey.domain.Limits;
import vn.khaosat.survey.domain.sessions.AgendaItem;
import vn.khaosat.survey.domain.sessions.Finding;
import vn.khaosat.survey.domain.sessions.Positions;
import vn.khaosat.survey.domain.sessions.SurveySession;
import vn.khaosat.survey.service.SessionAccess;
import vn.khaosat.survey.service.UnitDirectory;

/** The agenda and the findings of a session (statements have {@link StatementService}). */
@ApplicationScoped
public class ContentService {

  private final SessionAccess access;
  private final UnitDirectory units;

  public ContentService(SessionAccess access, UnitDirectory units) {
    this.access = access;
    this.units = units;
  }

  @Transactional
  public AgendaItem addAgendaItem(long sessionId, AgendaItemCommand request, String ifMatch) {
    SurveySession session = access.editable(sessionId, ifMatch);
    AgendaItem item = new AgendaItem();
    item.session = session;
    item.position =
        Positions.next(session.id, "agenda", session.agenda, Limits.AGENDA_ITEMS, a -> a.position);
    item.title = request.title();
    session.agenda.add(item);
    return item;
  }

  @Transactional
  public void removeAgendaItem(long sessionId, long id, String ifMatch) {
    SurveySession session = access.editable(sessionId, ifMatch);
    AgendaItem item =
        session.agenda.stream()
            .filter(a -> a.id == id)
            .findFirst()
            .orElseThrow(() -> ApiProblem.notFound("agenda.notFound", id, sessionId));
    if (session.statements.stream().anyMatch(s -> s.agendaItem == item)) {
      throw ApiProblem.conflict("agenda.inUse", id);
    }
    session.agenda.remove(item);
  }

  /** The target is looked up before the transaction, so no row lock waits on indicators-service. */
  public Finding addFinding(long sessionId, FindingCommand request, String ifMatch) {
    access.checkBeforeCalls(sessionId);
    TargetInfo target =
        request.targetId() == null ? null : units.requireTarget(request.targetId(), "targetId");
    return storeFinding(sessionId, null, request, target, ifMatch);
  }

  /** As {@link #addFinding}: the target first, then the finding replaced under the lock. */
  public Finding updateFinding(long sessionId, long id, FindingCommand request, String ifMatch) {
    access.checkBeforeCalls(sessionId);
    TargetInfo target =
        request.targetId() == null ? null : units.requireTarget(request.targetId(), "targetId");
    return storeFinding(sessionId, id, request, target, ifMatch);
  }

  /** {@code ifMatch} names the session's version, as for every part of it. */
  @Transactional
  @RetryOnRace
  Finding storeFinding(
      long sessionId, Long id, FindingCommand request, TargetInfo target, String ifMatch) {
    SurveySession session = access.editable(sessionId, ifMatch);
    Finding finding;
    if (id == null) {
      finding = new Finding();
      finding.session = session;
      finding.position =
          Positions.next(
              session.id, "findings", session.findings, Limits.FINDINGS, f -> f.position);
      session.findings.add(finding);
    } else {
      finding =
          session.findings.stream()
              .filter(f -> id.equals(f.id))
              .findFirst()
              .orElseThrow(() -> ApiProblem.notFound("finding.notFound", id, sessionId));
    }
    finding.kind = request.kind();
    finding.text = request.text();
    finding.targetId = target == null ? null : target.id();
    finding.targetLabel = target == null ? null : label(target.wording());
    return finding;
  }

  /** A copy of indicators-service's wording, which may be longer than the column that shows it. */
  static String label(String wording) {
    if (wording == null || wording.length() <= Limits.TARGET_LABEL) {
      return wording;
    }
    int end = Limits.TARGET_LABEL - 1;
    if (Character.isHighSurrogate(wording.charAt(end - 1))) {
      end--;
    }
    return wording.substring(0, end) + "…";
  }

  @Transactional
  public void removeFinding(long sessionId, long id, String ifMatch) {
    SurveySession session = access.editable(sessionId, ifMatch);
    boolean removed = session.findings.removeIf(f -> f.id == id);
    if (!removed) {
      throw ApiProblem.notFound("finding.notFound", id, sessionId);
    }
  }
}
