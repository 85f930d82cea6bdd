package vn.khaosat.survey.service.participants;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.khaosat.persistence.RetryOnRace;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.survey.client.CadreInfo;
import vn.khaosat.survey.domain.Days;
import vn.khaosat.survey.domain.Limits;
import vn.khaosat.survey.domain.sessions.Attendance;
import vn.khaosat.survey.domain.sessions.Participant;
import vn.khaosat.survey.domain.sessions.Positions;
import vn.khaosat.survey.domain.sessions.Statement;
import vn.khaosat.survey.domain.sessions.SurveySession;
import vn.khaosat.survey.service.CadreDirectory;
import vn.khaosat.survey.service.SessionAccess;
import vn.khaosat.survey.service.SessionParts;

/**
 * Participants of a session. A cadre is resolved through cadre-service and copied as the record
 * stood on the session's day, so the minutes keep the name and post even if the record changes.
 */
@ApplicationScoped
public class ParticipantService {

  private final SessionAccess access;
  private final SessionParts parts;
  private final CadreDirectory cadres;

  public ParticipantService(SessionAccess access, SessionParts parts, CadreDirectory cadres) {
    this.access = access;
    this.parts = parts;
    this.cadres = cadres;
  }

  /**
   * A guest is stored in one transaction that reads the session once, locked. A cadre is asked of
   * cadre-service before it, so a slow answer never holds the session's row lock; the caller's
   * right to write and the session's status are checked first, so nobody learns of cadres by
   * trying.
   */
  public Participant add(long sessionId, ParticipantCommand request, String ifMatch) {
    return store(sessionId, null, request, resolve(sessionId, request), ifMatch);
  }

  public Participant update(long sessionId, long id, ParticipantCommand request, String ifMatch) {
    return store(sessionId, id, request, resolve(sessionId, request), ifMatch);
  }

  /** The cadre named, or null for a guest; a guest's session is checked by the transaction. */
  private CadreInfo resolve(long sessionId, ParticipantCommand request) {
    boolean hasName = request.fullName() != null && !request.fullName().isBlank();
    if (request.cadreId() == null && hasName) {
      return null;
    }
    access.checkBeforeCalls(sessionId);
    if (request.cadreId() == null || hasName) {
      throw ApiProblem.invalidField("cadreId", "participant.cadreOrName");
    }
    return cadres.require(request.cadreId(), "cadreId");
  }

  @Transactional
  @RetryOnRace
  Participant store(
      long sessionId, Long id, ParticipantCommand request, CadreInfo cadre, String ifMatch) {
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
      participant = parts.ofSession(session, id, "id");
    }
    apply(session, participant, request, cadre);
    return participant;
  }

  @Transactional
  public void remove(long sessionId, long id, String ifMatch) {
    SurveySession session = access.editable(sessionId, ifMatch);
    Participant participant = parts.ofSession(session, id, "id");
    boolean spoke = session.statements.stream().anyMatch(s -> s.speaker == participant);
    if (spoke || session.concludedBy == participant) {
      throw ApiProblem.conflict("participant.inUse", participant.fullName);
    }
    session.participants.remove(participant);
  }

  private static void apply(
      SurveySession session, Participant participant, ParticipantCommand request, CadreInfo cadre) {
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
      String title = cadre.titleOn(Days.of(session.startsAt));
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
