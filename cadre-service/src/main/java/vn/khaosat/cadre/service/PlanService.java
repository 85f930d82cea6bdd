package vn.khaosat.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Hibernate;
import vn.khaosat.caching.EntityTags;
import vn.khaosat.cadre.api.PlanRequest;
import vn.khaosat.cadre.domain.Candidate;
import vn.khaosat.cadre.domain.Committee;
import vn.khaosat.cadre.domain.PersonnelPlan;
import vn.khaosat.cadre.domain.PlanStatus;
import vn.khaosat.cadre.domain.VettingRecord;
import vn.khaosat.defaults.SuiteTime;
import vn.khaosat.paging.Filters;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;
import vn.khaosat.persistence.RetryOnRace;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.security.CurrentUser;
import vn.khaosat.security.UnitScope;

/**
 * Personnel plans and their status: DRAFT → SUBMITTED → VETTED → APPROVED. Every write, a replace
 * of the slate, a step or a vetting, first locks the plan's row (and takes no other lock before
 * it), so that writes of one plan run one after the other and their outcome is that of some serial
 * order: a vetting never judges a slate replaced meanwhile, an approval never follows a reopening.
 */
@ApplicationScoped
public class PlanService {

  private final PlanChecks checks;
  private final CurrentUser user;
  private final UnitScope scope;
  private final Instance<VettingService> vettings;

  public PlanService(
      PlanChecks checks, CurrentUser user, UnitScope scope, Instance<VettingService> vettings) {
    this.checks = checks;
    this.user = user;
    this.scope = scope;
    this.vettings = vettings;
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

  static PersonnelPlan require(long id) {
    PersonnelPlan plan = PersonnelPlan.findById(id);
    if (plan == null) {
      throw ApiProblem.notFound("plan.notFound", id);
    }
    return plan;
  }

  public PersonnelPlan get(long id) {
    return require(id);
  }

  /** The members of the plan's sitting committee: they stand for re-election. */
  public static Set<Long> sittingMembers(PersonnelPlan plan) {
    return plan.committee.members.stream().map(m -> m.cadreId).collect(Collectors.toSet());
  }

  @Transactional
  public PersonnelPlan create(PlanRequest request) {
    Committee committee = checks.committee(request.committeeId());
    scope.require(Rights.RECORDS, committee.unitCode);
    PersonnelPlan plan = new PersonnelPlan();
    plan.committee = committee;
    apply(plan, request);
    plan.persist();
    return loaded(plan);
  }

  @Transactional
  @RetryOnRace
  public PersonnelPlan update(long id, PlanRequest request, String ifMatch) {
    PersonnelPlan plan = writable(id, ifMatch);
    requireStatus(plan, PlanStatus.DRAFT);
    if (!plan.committee.id.equals(request.committeeId())) {
      throw ApiProblem.invalidField("committeeId", "plan.committeeImmutable", plan.committee.id);
    }
    apply(plan, request);
    return loaded(plan);
  }

  @Transactional
  public PersonnelPlan submit(long id, String ifMatch) {
    PersonnelPlan plan = writable(id, ifMatch);
    requireStatus(plan, PlanStatus.DRAFT);
    return moveTo(plan, PlanStatus.SUBMITTED);
  }

  /** Back to draft, to change the slate; a vetted plan must then be vetted again. */
  @Transactional
  public PersonnelPlan reopen(long id, String ifMatch) {
    PersonnelPlan plan = writable(id, ifMatch);
    requireStatus(plan, PlanStatus.SUBMITTED, PlanStatus.VETTED);
    return moveTo(plan, PlanStatus.DRAFT);
  }

  @Transactional
  public PersonnelPlan approve(long id, String ifMatch) {
    PersonnelPlan plan = writable(id, ifMatch);
    requireStatus(plan, PlanStatus.VETTED);
    VettingRecord latest = VettingService.latest(plan.id);
    if (latest.blockingFailures > 0) {
      throw ApiProblem.conflict("plan.blockingFindings", id, latest.blockingFailures);
    }
    List<String> changed = vettings.get().changedSince(latest);
    if (!changed.isEmpty()) {
      throw ApiProblem.conflict("plan.vettingStale", id, String.join(", ", changed));
    }
    plan.approvedBy = user.name();
    plan.approvedAt = OffsetDateTime.now(SuiteTime.ZONE);
    return moveTo(plan, PlanStatus.APPROVED);
  }

  /** The plan, locked until the transaction ends, once the caller may write it. */
  PersonnelPlan writable(long id, String ifMatch) {
    PersonnelPlan plan = PersonnelPlan.findById(id, LockModeType.PESSIMISTIC_WRITE);
    if (plan == null) {
      throw ApiProblem.notFound("plan.notFound", id);
    }
    scope.require(Rights.RECORDS, plan.committee.unitCode);
    EntityTags.checkIfMatch(ifMatch, plan.version);
    return plan;
  }

  static void requireStatus(PersonnelPlan plan, PlanStatus... allowed) {
    for (PlanStatus status : allowed) {
      if (plan.status == status) {
        return;
      }
    }
    throw ApiProblem.conflict(
        "plan.wrongStatus",
        plan.id,
        plan.status,
        Set.of(allowed).stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
  }

  static PersonnelPlan moveTo(PersonnelPlan plan, PlanStatus status) {
    plan.status = status;
    return loaded(plan);
  }

  /** Loads what the response shows, since it is written after the transaction ends. */
  private static PersonnelPlan loaded(PersonnelPlan plan) {
    Hibernate.initialize(plan.committee.members);
    Hibernate.initialize(plan.candidates);
    return plan;
  }

  private void apply(PersonnelPlan plan, PlanRequest request) {
    var checked = checks.check(plan.committee, request);
    plan.termCode = checked.term().toString();
    plan.ruleSetCode = request.ruleSetCode();
    plan.referenceMonth = checked.referenceMonth().atDay(1);
    plan.title = request.title();
    plan.seats = request.seats();
    plan.localEthnicMinorityPercent = request.localEthnicMinorityPercent();
    plan.candidates.clear();
    request
        .candidates()
        .forEach(c -> plan.candidates.add(new Candidate(c.cadreId(), c.proposedRole())));
  }
}
