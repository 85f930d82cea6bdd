package vn.khaosat.cadre.domain.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.khaosat.cadre.domain.vetting.CandidateBuilder.candidate;
import static vn.khaosat.cadre.domain.vetting.SeededRules.assertInvalid;
import static vn.khaosat.cadre.domain.vetting.SeededRules.assets;
import static vn.khaosat.cadre.domain.vetting.SeededRules.with;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssetDeclarationRuleTest {

  private static final YearMonth REFERENCE = YearMonth.of(2020, 6);
  private final CandidateRule rule = Rules.candidateRule(assets());

  @Test
  void passesWithLastYearsDeclaration() {
    Finding f = rule.check(candidate("c").declared(2018, 2019).build(), REFERENCE);
    assertEquals(Outcome.PASSED, f.outcome());
    assertEquals(Map.of("requiredYear", 2019, "latestDeclared", 2019), f.figures());
    assertEquals(List.of(2019), f.arguments());
  }

  @Test
  void failsWithoutIt() {
    Finding f = rule.check(candidate("c").declared(2017, 2018).build(), REFERENCE);
    assertEquals(Outcome.FAILED, f.outcome());
    assertEquals("finding.assetDeclaration.failed", f.messageKey());
    assertEquals(2018, f.figures().get("latestDeclared"));
  }

  @Test
  void omitsLatestWhenNothingDeclared() {
    Finding f = rule.check(candidate("c").declared().build(), REFERENCE);
    assertEquals(Outcome.FAILED, f.outcome());
    assertFalse(f.figures().containsKey("latestDeclared"));
  }

  @Test
  void yearsBackZeroMeansCurrentYear() {
    CandidateRule current = Rules.candidateRule(with(assets(), "yearsBack", "0"));
    assertEquals(
        Outcome.FAILED, current.check(candidate("c").declared(2019).build(), REFERENCE).outcome());
    assertEquals(
        Outcome.PASSED, current.check(candidate("c").declared(2020).build(), REFERENCE).outcome());
  }

  @Test
  void validatesParameters() {
    assertInvalid(with(assets(), "yearsBack", null), "ruleSet.parameterMissing", "yearsBack");
    assertInvalid(with(assets(), "yearBack", "1"), "ruleSet.parameterUnknown", "yearBack");
    assertInvalid(with(assets(), "yearsBack", "-1"), "ruleSet.parameterInvalid", "yearsBack");
    assertInvalid(with(assets(), "yearsBack", "one"), "ruleSet.parameterInvalid", "yearsBack");
  }
}
