package vn.khaosat.survey.service.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.survey.domain.Limits;
import vn.khaosat.survey.domain.sessions.Amendment;
import vn.khaosat.survey.domain.sessions.Positions;
import vn.khaosat.survey.domain.sessions.SessionStatus;
import vn.khaosat.survey.domain.sessions.SurveySession;
import vn.khaosat.survey.service.SessionAccess;

/**
 * Corrections to signed minutes: the minutes stay as signed and each amendment is added with its
 * author, time and reason. Before signing, the content itself is edited instead.
 */
@ApplicationScoped
public class AmendmentService {

  private final SessionAccess access;

  public AmendmentService(SessionAccess access) {
    this.access = access;
  }

  @Transactional
  public Amendment add(long sessionId, AmendmentCommand request, String ifMatch) {
    SurveySession session = access.locked(sessionId, ifMatch);
    if (session.status != SessionStatus.SIGNED) {
      throw ApiProblem.conflict("amendment.notSigned", sessionId, session.status);
    }
    Amendment amendment = new Amendment();
    amendment.session = session;
    amendment.position =
        Positions.next(
            session.id, "amendments", session.amendments, Limits.AMENDMENTS, a -> a.position);
    amendment.section = request.section();
    amendment.text = request.text();
    amendment.reason = request.reason();
    amendment.author = access.userName();
    amendment.createdAt = OffsetDateTime.now();
    session.amendments.add(amendment);
    return amendment;
  }
}
