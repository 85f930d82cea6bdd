package vn.khaosat.survey.service.sessions;

import io.quarkus.security.PermissionsAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.function.Function;
import vn.khaosat.paging.Filters;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;
import vn.khaosat.persistence.RetryOnRace;
import vn.khaosat.persistence.Transactions;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.survey.domain.Days;
import vn.khaosat.survey.domain.sessions.SessionStatus;
import vn.khaosat.survey.domain.sessions.SurveySession;
import vn.khaosat.survey.domain.sessions.Terms;
import vn.khaosat.survey.service.SessionAccess;
import vn.khaosat.survey.service.UnitDirectory;
import vn.khaosat.upstream.UnitInfo;

/** Survey sessions: their own fields and the list; see {@link SessionSteps} for the status. */
@ApplicationScoped
public class SessionService {

  private final SessionAccess access;
  private final UnitDirectory units;

  public SessionService(SessionAccess access, UnitDirectory units) {
    this.access = access;
    this.units = units;
  }

  public Page<SurveySession> list(
      String unit, LocalDate from, LocalDate to, SessionStatus status, PageParams page) {
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiProblem.invalidField("to", "session.badRange", from, to);
    }
    Filters filters =
        new Filters()
            .add("hostUnitCode = :unit", "unit", unit)
            .add("startsAt >= :from", "from", from == null ? null : Days.start(from))
            .add("startsAt < :to", "to", to == null ? null : Days.start(to.plusDays(1)))
            .add("status = :status", "status", status);
    return Page.of(
        SurveySession.<SurveySession>find(
            filters.query(), Filters.by("startsAt", "id").descending(), filters.parameters()),
        page,
        s -> s);
  }

  public SurveySession get(long id) {
    return access.find(id);
  }

  /** The session's current version: one query, all a kept view of it needs. */
  @Transactional
  public long version(long id) {
    return access.version(id);
  }

  /**
   * What {@code view} takes from the session, in one transaction and on one connection, from one
   * snapshot: its lists load one query each, and a write committed between two of them is not half
   * seen. (A kept view is checked apart, in one query that needs no snapshot of its own.)
   */
  @Transactional
  public <T> T read(long id, Function<SurveySession, T> view) {
    Transactions.readOneSnapshot();
    return view.apply(access.findWithParticipants(id));
  }

  @Transactional
  @PermissionsAllowed(SessionChecks.CREATE)
  public SurveySession create(SessionCommand request) {
    check(request);
    UnitInfo unit = units.require(request.hostUnitCode(), "hostUnitCode");
    SurveySession session = new SurveySession();
    session.hostUnitCode = unit.code();
    session.hostUnitName = unit.name();
    session.createdBy = access.userName();
    apply(session, request);
    session.persist();
    return session;
  }

  @Transactional
  @RetryOnRace
  public SurveySession update(long id, SessionCommand request, String ifMatch) {
    SurveySession session = access.editable(id, ifMatch);
    if (!session.hostUnitCode.equals(request.hostUnitCode())) {
      throw ApiProblem.invalidField("hostUnitCode", "session.unitImmutable", session.hostUnitCode);
    }
    check(request);
    apply(session, request);
    return session;
  }

  private static void check(SessionCommand request) {
    if (!Terms.valid(request.reviewedTerm())) {
      throw ApiProblem.invalidField("reviewedTerm", "term.invalid", request.reviewedTerm());
    }
    if (!Terms.valid(request.plannedTerm())) {
      throw ApiProblem.invalidField("plannedTerm", "term.invalid", request.plannedTerm());
    }
    if (!Terms.follows(request.plannedTerm(), request.reviewedTerm())) {
      throw ApiProblem.invalidField(
          "plannedTerm",
          "session.termsNotConsecutive",
          request.plannedTerm(),
          request.reviewedTerm());
    }
    if (request.endsAt() != null && request.endsAt().isBefore(request.startsAt())) {
      throw ApiProblem.invalidField("endsAt", "session.endsBeforeStart");
    }
  }

  private static void apply(SurveySession session, SessionCommand request) {
    session.title = request.title();
    session.superiorBody = request.superiorBody();
    session.leadingBody = request.leadingBody();
    session.hostBody = request.hostBody();
    session.startsAt = request.startsAt();
    session.endsAt = request.endsAt();
    session.place = request.place();
    session.purpose = request.purpose();
    session.reviewedTerm = request.reviewedTerm();
    session.plannedTerm = request.plannedTerm();
    session.minutesNumber = request.minutesNumber();
    session.noticeNumber = request.noticeNumber();
  }
}
