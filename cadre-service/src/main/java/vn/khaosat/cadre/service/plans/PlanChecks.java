package vn.khaosat.cadre.service.plans;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.khaosat.cadre.domain.TermCode;
import vn.khaosat.cadre.domain.cadres.BirthDate;
import vn.khaosat.cadre.domain.cadres.Cadre;
import vn.khaosat.cadre.domain.committees.Committee;
import vn.khaosat.cadre.domain.committees.CommitteeRole;
import vn.khaosat.cadre.domain.rulesets.RuleSet;
import vn.khaosat.cadre.service.CadreLookup;
import vn.khaosat.cadre.service.TermDirectory;
import vn.khaosat.problem.ApiProblem;

/**
 * The checks of a personnel plan before it is saved; each failure is a 400 on its field. The plan's
 * own fields are checked first, the term with indicators-service last, so that bad input is the
 * caller's 400 even while indicators-service is down.
 */
@ApplicationScoped
class PlanChecks {

  private final CadreLookup cadres;
  private final TermDirectory terms;

  public PlanChecks(CadreLookup cadres, TermDirectory terms) {
    this.cadres = cadres;
    this.terms = terms;
  }

  /** What the checks derived from the request. */
  record Checked(TermCode term, YearMonth referenceMonth) {}

  Committee committee(Long id) {
    Committee committee = Committee.findById(id);
    if (committee == null) {
      throw ApiProblem.invalidField("committeeId", "committee.unknown", id);
    }
    return committee;
  }

  Checked check(Committee committee, PlanCommand request) {
    TermCode next = TermCode.parse(committee.termCode).next();
    if (request.termCode() != null && !request.termCode().equals(next.toString())) {
      throw ApiProblem.invalidField(
          "termCode", "plan.termNotNext", request.termCode(), committee.termCode, next.toString());
    }
    RuleSet ruleSet = RuleSet.findById(request.ruleSetCode());
    if (ruleSet == null) {
      throw ApiProblem.invalidField("ruleSetCode", "ruleSet.unknown", request.ruleSetCode());
    }
    YearMonth month = referenceMonth(committee, ruleSet, request);
    if (month.getYear() != next.startYear()) {
      throw ApiProblem.invalidField(
          "referenceMonth", "plan.referenceOutsideTerm", month, next.startYear());
    }
    checkCandidates(request.candidates(), month);
    terms.require(next.toString(), "termCode");
    return new Checked(next, month);
  }

  /** The month given, or the one the rule set fixes for the committee's level. */
  private static YearMonth referenceMonth(
      Committee committee, RuleSet ruleSet, PlanCommand request) {
    if (request.referenceMonth() != null) {
      return request.referenceMonth();
    }
    return ruleSet
        .referenceMonth(committee.level)
        .orElseThrow(
            () ->
                ApiProblem.invalidField(
                    "referenceMonth", "plan.referenceMonthNeeded", ruleSet.code, committee.level));
  }

  private void checkCandidates(List<PlanCommand.Nominee> candidates, YearMonth month) {
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
    Map<Long, Cadre> found = cadres.requireAll(seen, "candidates");
    for (int i = 0; i < candidates.size(); i++) {
      long id = candidates.get(i).cadreId();
      BirthDate birth = found.get(id).birth();
      if (!birth.plausibleAt(month)) {
        throw ApiProblem.invalidField(
            "candidates[" + i + "].cadreId",
            "plan.candidateAge",
            id,
            birth.ageAt(month),
            month,
            BirthDate.MIN_AGE,
            BirthDate.MAX_AGE);
      }
    }
  }
}
