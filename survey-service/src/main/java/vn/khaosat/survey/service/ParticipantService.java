package vn.khaosat.survey.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.khaosat.defaults.SuiteTime;
import vn.khaosat.persistence.RetryOnRace;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.survey.api.Limits;
import vn.khaosat.survey.api.ParticipantRequest;
import vn.khaosat.survey.client.CadreInfo;
import vn.khaosat.survey.domain.Attendance;
import vn.khaosat.survey.domain.Participant;
import vn.khaosat.survey.domain.Statement;
import vn.khaosat.survey.domain.SurveySession;

/**
 * Participants of a session. A cadre is resolved through cadre-service and copied as the record
 * stood on the session's day, so the minutes keep the name and post even if the record changes.
 */
@ApplicationScoped
public class ParticipantService {

  private final SessionAccess access;
  private final CadreDirectory cadres;

  public ParticipantService(SessionAccess access, CadreDirectory cadres) {
    this.access = access;
    this.cadres = cadres;
  }

  /**
   * cadre-service is asked before the transaction, so a slow answer never holds the session's row
   * lock; the caller's right to write is checked first, so nobody learns of cadres by trying.
   */
  public Participant add(long sessionId, ParticipantRequest request, String ifMatch) {
    return store(sessionId, null, request, resolve(sessionId, request), ifMatch);
  }

  public Participant update(long sessionId, long id, ParticipantRequest request, String ifMatch) {
    return store(sessionId, id, request, resolve(sessionId, request), ifMatch);
  }

  private CadreInfo resolve(long sessionId, ParticipantRequest request) {
    access.checkBeforeCalls(sessionId);
    boolean hasName = request.fullName() != null && !request.fullName().isBlank();
    if ((request.cadreId() == null) == !hasName) {
      throw ApiProblem.invalidField("cadreId", "participant.cadreOrName");
    }
    return request.cadreId() == null ? null : cadres.require(request.cadreId(), "cadreId");
  }

  @Transactional
  @RetryOnRace
  Participant store(
      long sessionId, Long id, ParticipantRequest request, CadreInfo cadre, String ifMatch) {
    SurveySession session = access.editable(sessionId, ifMatch);
    Participant participant;
    if (id == null) {
      participant = new Participant();
      participant.session = session;
      participant.position =
          Positions.next(
              session.id,
              "participants",
              session.participants,
              Limits.PARTICIPANTS,
              p -> p.position);
      session.participants.add(participant);
    } else {
      participant = SessionSteps.ofSession(session, id, "id");
    }
    apply(session, participant, request, cadre);
    return participant;
  }

  @Transactional
  public void remove(long sessionId, long id, String ifMatch) {
    SurveySession session = access.editable(sessionId, ifMatch);
    Participant participant = SessionSteps.ofSession(session, id, "id");
    boolean spoke = session.statements.stream().anyMatch(s -> s.speaker == participant);
    if (spoke || session.concludedBy == participant) {
      throw ApiProblem.conflict("participant.inUse", participant.fullName);
    }
    session.participants.remove(participant);
  }

  private static void apply(
      SurveySession session, Participant participant, ParticipantRequest request, CadreInfo cadre) {
    if (cadre != null) {
      boolean twice =
          session.participants.stream()
              .anyMatch(p -> p != participant && request.cadreId().equals(p.cadreId));
      if (twice) {
        throw ApiProblem.invalidField("cadreId", "participant.twice", request.cadreId());
      }
      participant.cadreId = cadre.id();
      participant.cadreVersion = cadre.version();
      participant.fullName = cadre.fullName();
      participant.unitCode = cadre.unitCode();
      String title =
          cadre.titleOn(session.startsAt.atZoneSameInstant(SuiteTime.ZONE).toLocalDate());
      participant.title = request.title() != null ? request.title() : title;
    } else {
      participant.cadreId = null;
      participant.cadreVersion = null;
      participant.unitCode = null;
      participant.fullName = request.fullName().strip();
      participant.title = request.title();
    }
    participant.organization = request.organization();
    participant.role = request.role();
    participant.attendance =
        request.attendance() == null ? Attendance.PRESENT : request.attendance();
    boolean spoke = session.statements.stream().anyMatch(s -> isSpeaker(s, participant));
    if (spoke && participant.attendance != Attendance.PRESENT) {
      throw ApiProblem.invalidField(
          "attendance", "participant.spokeButAbsent", participant.fullName);
    }
  }

  private static boolean isSpeaker(Statement statement, Participant participant) {
    return statement.speaker == participant;
  }
}
