package vn.khaosat.survey.service.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.survey.client.DossierPart;
import vn.khaosat.survey.client.DossierSources;
import vn.khaosat.survey.domain.Days;
import vn.khaosat.survey.domain.Limits;
import vn.khaosat.survey.domain.dossier.Dossier;
import vn.khaosat.survey.domain.dossier.MissingPart;
import vn.khaosat.survey.domain.sessions.SurveySession;
import vn.khaosat.survey.domain.sessions.Terms;
import vn.khaosat.survey.service.SessionAccess;

/**
 * Takes a session's dossier: the host unit's scorecard for the reviewed term, those of the units it
 * succeeded (a commune created on 1 July 2025 reviews the term of the district before it), and the
 * vetting summary of its latest personnel plan for the planned term. It always succeeds; what could
 * not be fetched is listed with the reason. Each dossier is kept, the latest is the session's.
 */
@ApplicationScoped
public class DossierService {

  private final SessionAccess access;
  private final DossierSources sources;

  public DossierService(SessionAccess access, DossierSources sources) {
    this.access = access;
    this.sources = sources;
  }

  /**
   * The remote calls run before the transaction, so a slow service never holds a row lock; the
   * session is checked again when the dossier is stored.
   */
  public Dossier take(long sessionId, String ifMatch) {
    SurveySession session = access.checkBeforeCalls(sessionId);
    int year = Math.min(Days.of(session.startsAt).getYear(), Terms.endYear(session.reviewedTerm));
    year = Math.max(year, Terms.startYear(session.reviewedTerm));
    DossierPart scorecard = sources.scorecard(session.hostUnitCode, session.reviewedTerm, year);
    DossierPart predecessors =
        sources.predecessors(
            session.hostUnitCode,
            session.reviewedTerm,
            Terms.startYear(session.reviewedTerm),
            Terms.endYear(session.reviewedTerm),
            year);
    DossierPart vetting = sources.vetting(session.hostUnitCode, session.plannedTerm);
    return store(sessionId, ifMatch, scorecard, predecessors, vetting);
  }

  @Transactional
  @SuppressWarnings("unchecked")
  Dossier store(
      long sessionId,
      String ifMatch,
      DossierPart scorecard,
      DossierPart predecessors,
      DossierPart vetting) {
    SurveySession session = access.editable(sessionId, ifMatch);
    Dossier dossier = new Dossier();
    dossier.session = session;
    dossier.takenAt = OffsetDateTime.now();
    dossier.takenBy = access.userName();
    dossier.scorecard = scorecard.content();
    dossier.vetting = vetting.content();
    if (!scorecard.present()) {
      dossier.missing.add(new MissingPart("scorecard", scorecard.reason(), scorecard.detail()));
    }
    if (predecessors.present()) {
      List<Map<String, Object>> scorecards =
          (List<Map<String, Object>>) predecessors.content().get("scorecards");
      // the answer's documented bound: a unit succeeds a few units, never this many
      dossier.predecessorScorecards.addAll(
          scorecards.subList(0, Math.min(scorecards.size(), Limits.PREDECESSORS)));
    } else {
      dossier.missing.add(
          new MissingPart("predecessors", predecessors.reason(), predecessors.detail()));
    }
    if (!vetting.present()) {
      dossier.missing.add(new MissingPart("vetting", vetting.reason(), vetting.detail()));
    }
    dossier.persist();
    return dossier;
  }

  public Dossier latest(long sessionId) {
    access.find(sessionId);
    return Dossier.latestOf(sessionId)
        .orElseThrow(() -> ApiProblem.notFound("dossier.none", sessionId));
  }
}
