package vn.khaosat.cadre.service.plans;

import io.quarkus.security.PermissionsAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.Hibernate;
import vn.khaosat.cadre.domain.committees.Committee;
import vn.khaosat.cadre.domain.plans.Candidate;
import vn.khaosat.cadre.domain.plans.PersonnelPlan;
import vn.khaosat.cadre.domain.plans.PlanStatus;
import vn.khaosat.cadre.domain.plans.VettingRecord;
import vn.khaosat.cadre.service.Rights;
import vn.khaosat.cadre.service.Rows;
import vn.khaosat.defaults.SuiteTime;
import vn.khaosat.paging.Filters;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;
import vn.khaosat.persistence.RetryOnRace;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.security.CurrentUser;

/**
 * Personnel plans and their status: DRAFT → SUBMITTED → VETTED → APPROVED ({@link PlanStatus} holds
 * the moves). Every write, a replace of the slate, a step or a vetting, first locks the plan's row
 * (and takes no other lock before it), so that writes of one plan run one after the other and their
 * outcome is that of some serial order: a vetting never judges a slate replaced meanwhile, an
 * approval never follows a reopening.
 */
@ApplicationScoped
public class PlanService {

  private final PlanChecks checks;
  private final PlanSteps steps;
  private final Vettings vettings;
  private final CurrentUser user;
  private final Rows rows;

  public PlanService(
      PlanChecks checks, PlanSteps steps, Vettings vettings, CurrentUser user, Rows rows) {
    this.checks = checks;
    this.steps = steps;
    this.vettings = vettings;
    this.user = user;
    this.rows = rows;
  }

  public Page<PersonnelPlan> list(
      Long committee, String unit, String term, PlanStatus status, PageParams page) {
    Filters filters =
        new Filters()
            .add("committee.id = :committee", "committee", committee)
            .add("committee.unitCode = :unit", "unit", unit)
            .add("termCode = :term", "term", term)
            .add("status = :status", "status", status);
    return Page.of(
        PersonnelPlan.<PersonnelPlan>find(
            filters.query(), Filters.by("id").descending(), filters.parameters()),
        page,
        p -> p);
  }

  public PersonnelPlan get(long id) {
    return rows.find(PersonnelPlan.class, id, "plan.notFound");
  }

  /** The caller's right for the committee's unit is checked first ({@link PlanPermissions}). */
  @Transactional
  @PermissionsAllowed(PlanPermissions.CREATE)
  public PersonnelPlan create(PlanCommand command) {
    Committee committee = checks.committee(command.committeeId());
    PersonnelPlan plan = new PersonnelPlan();
    plan.committee = committee;
    apply(plan, command);
    plan.persist();
    return loaded(plan);
  }

  @Transactional
  @RetryOnRace
  public PersonnelPlan update(long id, PlanCommand command, String ifMatch) {
    PersonnelPlan plan = writable(id, ifMatch);
    steps.requireEditable(plan);
    if (!plan.committee.id.equals(command.committeeId())) {
      throw ApiProblem.invalidField("committeeId", "plan.committeeImmutable", plan.committee.id);
    }
    apply(plan, command);
    return loaded(plan);
  }

  @Transactional
  public PersonnelPlan submit(long id, String ifMatch) {
    return moved(writable(id, ifMatch), PlanStatus.SUBMITTED);
  }

  /** Back to draft, to change the slate; a vetted plan must then be vetted again. */
  @Transactional
  public PersonnelPlan reopen(long id, String ifMatch) {
    return moved(writable(id, ifMatch), PlanStatus.DRAFT);
  }

  @Transactional
  public PersonnelPlan approve(long id, String ifMatch) {
    PersonnelPlan plan = writable(id, ifMatch);
    steps.requireMove(plan, PlanStatus.APPROVED);
    VettingRecord latest = vettings.latest(plan.id);
    if (latest.blockingFailures > 0) {
      throw ApiProblem.conflict("plan.blockingFindings", id, latest.blockingFailures);
    }
    List<String> changed = vettings.changedSince(latest);
    if (!changed.isEmpty()) {
      throw ApiProblem.conflict("plan.vettingStale", id, String.join(", ", changed));
    }
    plan.approvedBy = user.name();
    plan.approvedAt = OffsetDateTime.now(SuiteTime.ZONE);
    return moved(plan, PlanStatus.APPROVED);
  }

  /** The plan, locked until the transaction ends, once the caller may write it. */
  PersonnelPlan writable(long id, String ifMatch) {
    return rows.writable(PersonnelPlan.class, id, "plan.notFound", Rights.RECORDS, ifMatch);
  }

  private PersonnelPlan moved(PersonnelPlan plan, PlanStatus next) {
    steps.move(plan, next);
    return loaded(plan);
  }

  /** Loads what the response shows, since it is written after the transaction ends. */
  private static PersonnelPlan loaded(PersonnelPlan plan) {
    Hibernate.initialize(plan.committee.members);
    Hibernate.initialize(plan.candidates);
    return plan;
  }

  private void apply(PersonnelPlan plan, PlanCommand command) {
    var checked = checks.check(plan.committee, command);
    plan.termCode = checked.term().toString();
    plan.ruleSetCode = command.ruleSetCode();
    plan.referenceMonth = checked.referenceMonth().atDay(1);
    plan.title = command.title();
    plan.seats = command.seats();
    plan.localEthnicMinorityPercent = command.localEthnicMinorityPercent();
    plan.candidates.clear();
    command
        .candidates()
        .forEach(c -> plan.candidates.add(new Candidate(c.cadreId(), c.proposedRole())));
  }
}
