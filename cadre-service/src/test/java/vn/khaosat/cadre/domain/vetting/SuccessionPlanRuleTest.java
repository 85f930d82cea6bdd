package vn.khaosat.cadre.domain.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.khaosat.cadre.domain.vetting.CandidateBuilder.candidate;
import static vn.khaosat.cadre.domain.vetting.SeededRules.assertInvalid;
import static vn.khaosat.cadre.domain.vetting.SeededRules.plan;
import static vn.khaosat.cadre.domain.vetting.SeededRules.with;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.khaosat.cadre.domain.committees.CommitteeRole;

class SuccessionPlanRuleTest {

  private static final YearMonth REFERENCE = YearMonth.of(2020, 6);
  private final CandidateRule rule = Rules.candidateRule(plan());

  @Test
  void passesWhenInPlan() {
    CandidateFacts c = candidate("c").role(CommitteeRole.SECRETARY).inPlan(true).build();
    Finding f = rule.check(c, REFERENCE);
    assertEquals(Outcome.PASSED, f.outcome());
    assertEquals(Map.of("role", "SECRETARY", "inSuccessionPlan", true), f.figures());
  }

  @Test
  void failsWhenNotInPlan() {
    CandidateFacts c = candidate("c").role(CommitteeRole.DEPUTY_SECRETARY).inPlan(false).build();
    Finding f = rule.check(c, REFERENCE);
    assertEquals(Outcome.FAILED, f.outcome());
    assertEquals("finding.successionPlan.failed", f.messageKey());
    assertEquals(List.of("DEPUTY_SECRETARY"), f.arguments());
  }

  @Test
  void notApplicableToOtherRoles() {
    CandidateFacts c = candidate("c").role(CommitteeRole.STANDING_MEMBER).inPlan(false).build();
    assertEquals(Outcome.NOT_APPLICABLE, rule.check(c, REFERENCE).outcome());
  }

  @Test
  void validatesParameters() {
    assertInvalid(with(plan(), "roles", null), "ruleSet.parameterMissing", "roles");
    assertInvalid(with(plan(), "role", "SECRETARY"), "ruleSet.parameterUnknown", "role");
    assertInvalid(
        with(plan(), "roles", "SECRETARY,PRESIDENT"), "ruleSet.parameterInvalid", "roles");
  }
}
