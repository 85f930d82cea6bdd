package vn.khaosat.cadre.domain.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.khaosat.cadre.domain.vetting.CandidateBuilder.candidate;
import static vn.khaosat.cadre.domain.vetting.SeededRules.DISTRICT_2020;
import static vn.khaosat.cadre.domain.vetting.SeededRules.assertInvalid;
import static vn.khaosat.cadre.domain.vetting.SeededRules.slate;
import static vn.khaosat.cadre.domain.vetting.SeededRules.with;
import static vn.khaosat.cadre.domain.vetting.SeededRules.womenStanding;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.khaosat.cadre.domain.committees.CommitteeRole;

class WomenOnStandingCommitteeRuleTest {

  private final SlateRule rule = Rules.slateRule(womenStanding());

  @Test
  void passesWithOneStandingWoman() {
    SlateFacts s =
        slate(
            DISTRICT_2020,
            List.of(
                candidate("a").role(CommitteeRole.SECRETARY).build(),
                candidate("b").female().role(CommitteeRole.STANDING_MEMBER).build(),
                candidate("c").female().role(CommitteeRole.MEMBER).build()));
    Finding f = rule.check(s);
    assertEquals(Outcome.PASSED, f.outcome());
    assertEquals(Map.of("standing", 2, "women", 1, "minimum", 1), f.figures());
    assertEquals(List.of(1, 1), f.arguments());
  }

  @Test
  void womenOutsideStandingCommitteeDoNotCount() {
    SlateFacts s =
        slate(
            DISTRICT_2020,
            List.of(
                candidate("a").role(CommitteeRole.SECRETARY).build(),
                candidate("b").role(CommitteeRole.DEPUTY_SECRETARY).build(),
                candidate("c").female().role(CommitteeRole.MEMBER).build()));
    Finding f = rule.check(s);
    assertEquals(Outcome.FAILED, f.outcome());
    assertEquals("finding.womenOnStandingCommittee.failed", f.messageKey());
    assertEquals(0, f.figures().get("women"));
  }

  @Test
  void twoRequiredAtTheThreshold() {
    SlateRule two = Rules.slateRule(with(womenStanding(), "minCount", "2"));
    SlateFacts s =
        slate(
            DISTRICT_2020,
            List.of(
                candidate("a").female().role(CommitteeRole.DEPUTY_SECRETARY).build(),
                candidate("b").female().role(CommitteeRole.STANDING_MEMBER).build()));
    assertEquals(Outcome.PASSED, two.check(s).outcome());
  }

  @Test
  void notApplicableWithoutStandingRoles() {
    SlateFacts s = slate(DISTRICT_2020, List.of(candidate("a").role(CommitteeRole.MEMBER).build()));
    assertEquals(Outcome.NOT_APPLICABLE, rule.check(s).outcome());
  }

  @Test
  void validatesParameters() {
    assertInvalid(with(womenStanding(), "minCount", null), "ruleSet.parameterMissing", "minCount");
    assertInvalid(with(womenStanding(), "count", "1"), "ruleSet.parameterUnknown", "count");
    assertInvalid(with(womenStanding(), "minCount", "x"), "ruleSet.parameterInvalid", "minCount");
  }
}
