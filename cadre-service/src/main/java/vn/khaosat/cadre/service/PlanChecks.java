package vn.khaosat.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.khaosat.cadre.api.PlanRequest;
import vn.khaosat.cadre.domain.Committee;
import vn.khaosat.cadre.domain.CommitteeRole;
import vn.khaosat.cadre.domain.RuleSet;
import vn.khaosat.cadre.domain.TermCode;
import vn.khaosat.problem.ApiProblem;

/** The checks of a personnel plan before it is saved; each failure is a 400 on its field. */
@ApplicationScoped
public class PlanChecks {

  private final CadreLookup cadres;

  public PlanChecks(CadreLookup cadres) {
    this.cadres = cadres;
  }

  /** What the checks derived from the request. */
  public record Checked(TermCode term) {}

  Committee committee(Long id) {
    Committee committee = Committee.findById(id);
    if (committee == null) {
      throw ApiProblem.invalidField("committeeId", "committee.unknown", id);
    }
    return committee;
  }

  Checked check(Committee committee, PlanRequest request) {
    TermCode next = TermCode.parse(committee.termCode).next();
    if (request.termCode() != null && !request.termCode().equals(next.toString())) {
      throw ApiProblem.invalidField(
          "termCode", "plan.termNotNext", request.termCode(), committee.termCode, next.toString());
    }
    if (request.referenceMonth().getYear() != next.startYear()) {
      throw ApiProblem.invalidField(
          "referenceMonth",
          "plan.referenceOutsideTerm",
          request.referenceMonth(),
          next.startYear());
    }
    if (RuleSet.findById(request.ruleSetCode()) == null) {
      throw ApiProblem.invalidField("ruleSetCode", "ruleSet.unknown", request.ruleSetCode());
    }
    checkCandidates(request.candidates());
    return new Checked(next);
  }

  private void checkCandidates(List<PlanRequest.CandidateRequest> candidates) {
    Set<Long> seen = new HashSet<>();
    int secretaries = 0;
    for (int i = 0; i < candidates.size(); i++) {
      var candidate = candidates.get(i);
      if (!seen.add(candidate.cadreId())) {
        throw ApiProblem.invalidField(
            "candidates[" + i + "].cadreId", "plan.candidateTwice", candidate.cadreId());
      }
      if (candidate.proposedRole() == CommitteeRole.SECRETARY && ++secretaries > 1) {
        throw ApiProblem.invalidField("candidates[" + i + "].proposedRole", "plan.secretaryTwice");
      }
    }
    cadres.requireAll(seen, "candidates");
  }
}
