package vn.khaosat.cadre.service.plans;

import io.quarkus.security.PermissionsAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.khaosat.cadre.domain.cadres.Cadre;
import vn.khaosat.cadre.domain.plans.Candidate;
import vn.khaosat.cadre.domain.plans.PersonnelPlan;
import vn.khaosat.cadre.domain.plans.PlanStatus;
import vn.khaosat.cadre.domain.plans.StoredReport;
import vn.khaosat.cadre.domain.plans.VettingRecord;
import vn.khaosat.cadre.domain.rulesets.RuleSet;
import vn.khaosat.cadre.domain.vetting.CandidateFacts;
import vn.khaosat.cadre.domain.vetting.Discipline;
import vn.khaosat.cadre.domain.vetting.Finding;
import vn.khaosat.cadre.domain.vetting.SlateFacts;
import vn.khaosat.cadre.domain.vetting.Vetting;
import vn.khaosat.cadre.domain.vetting.VettingReport;
import vn.khaosat.cadre.service.CadreLookup;
import vn.khaosat.cadre.service.Rows;
import vn.khaosat.defaults.SuiteTime;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.security.CurrentUser;

/**
 * Runs the vetting of a personnel plan: gathers the facts of every candidate in a few queries,
 * applies the plan's rule set (plain Java) and stores the report with the time and the user.
 */
@ApplicationScoped
public class VettingService {

  private final PlanService plans;
  private final PlanSteps steps;
  private final Vettings vettings;
  private final CadreLookup cadres;
  private final CurrentUser user;
  private final Rows rows;

  public VettingService(
      PlanService plans,
      PlanSteps steps,
      Vettings vettings,
      CadreLookup cadres,
      CurrentUser user,
      Rows rows) {
    this.plans = plans;
    this.steps = steps;
    this.vettings = vettings;
    this.cadres = cadres;
    this.user = user;
    this.rows = rows;
  }

  /**
   * Reports show ages, months of work left and discipline: personal fields, read within the units
   * of the plan's committee (the candidates are proposed to that committee, whatever their units):
   * {@link PlanPermissions#READ_VETTING}.
   */
  @PermissionsAllowed(PlanPermissions.READ_VETTING)
  public VettingRecord latestOrFail(long planId) {
    return latestSummaryOrFail(planId);
  }

  /**
   * The latest report for its counts and slate findings only, which any reader may see: the survey
   * dossier of a district shows them.
   */
  public VettingRecord latestSummaryOrFail(long planId) {
    rows.find(PersonnelPlan.class, planId, "plan.notFound");
    VettingRecord latest = vettings.latest(planId);
    if (latest == null) {
      throw ApiProblem.notFound("vetting.none", planId);
    }
    return latest;
  }

  @Transactional
  public VettingRecord run(long planId, String ifMatch) {
    PersonnelPlan plan = plans.writable(planId, ifMatch);
    steps.requireMove(plan, PlanStatus.VETTED);
    RuleSet ruleSet = RuleSet.findById(plan.ruleSetCode);
    Set<Long> sitting = plan.sittingMembers();
    Map<Long, Cadre> byId =
        cadres.requireAll(plan.candidates.stream().map(c -> c.cadreId).toList(), "candidates");
    SecretaryTerms secretaryTerms = SecretaryTerms.of(plan.committee);
    List<CandidateFacts> facts = new ArrayList<>();
    for (Candidate candidate : plan.candidates) {
      facts.add(
          facts(
              byId.get(candidate.cadreId),
              candidate,
              sitting.contains(candidate.cadreId),
              secretaryTerms.consecutive(candidate.cadreId)));
    }
    SlateFacts slate =
        new SlateFacts(
            plan.reference(),
            facts,
            plan.committee.members.size(),
            plan.seats,
            plan.localEthnicMinorityPercent);
    VettingReport report = Vetting.run(ruleSet.rules, slate);
    VettingRecord record = store(plan, report, facts, byId);
    steps.move(plan, PlanStatus.VETTED);
    return record;
  }

  private static CandidateFacts facts(
      Cadre cadre, Candidate candidate, boolean reElection, int secretaryTerms) {
    return new CandidateFacts(
        String.valueOf(cadre.id),
        cadre.fullName,
        cadre.gender,
        cadre.birth(),
        cadre.ethnicity,
        cadre.theoryLevel,
        cadre.inSuccessionPlan,
        Set.copyOf(cadre.assetDeclarationYears),
        cadre.disciplines.stream()
            .map(d -> new Discipline(d.form, d.decidedOn, d.restrictedUntil))
            .toList(),
        candidate.proposedRole,
        reElection,
        secretaryTerms);
  }

  private VettingRecord store(
      PersonnelPlan plan, VettingReport report, List<CandidateFacts> facts, Map<Long, Cadre> byId) {
    Map<String, List<Finding>> byCandidate =
        report.candidateFindings().stream().collect(Collectors.groupingBy(Finding::candidateKey));
    List<StoredReport.CandidateReport> candidates = new ArrayList<>();
    for (int i = 0; i < facts.size(); i++) {
      CandidateFacts fact = facts.get(i);
      var verdict = report.verdicts().get(i);
      candidates.add(
          new StoredReport.CandidateReport(
              Long.parseLong(fact.key()),
              byId.get(Long.parseLong(fact.key())).version,
              fact.fullName(),
              fact.proposedRole(),
              fact.reElection(),
              verdict.verdict(),
              verdict.failures(),
              verdict.warnings(),
              byCandidate.getOrDefault(fact.key(), List.of())));
    }
    VettingRecord record = new VettingRecord();
    record.planId = plan.id;
    record.ruleSetCode = plan.ruleSetCode;
    record.ranAt = OffsetDateTime.now(SuiteTime.ZONE);
    record.ranBy = user.name();
    record.blockingFailures = (int) report.blockingCount();
    record.warnings = (int) report.warningCount();
    record.report = new StoredReport(candidates, report.slateFindings());
    record.persist();
    return record;
  }
}
