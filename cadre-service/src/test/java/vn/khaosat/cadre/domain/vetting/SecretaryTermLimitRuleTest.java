package vn.khaosat.cadre.domain.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.khaosat.cadre.domain.vetting.CandidateBuilder.candidate;
import static vn.khaosat.cadre.domain.vetting.SeededRules.assertInvalid;
import static vn.khaosat.cadre.domain.vetting.SeededRules.terms;
import static vn.khaosat.cadre.domain.vetting.SeededRules.with;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.khaosat.cadre.domain.committees.CommitteeRole;

class SecretaryTermLimitRuleTest {

  private static final YearMonth REFERENCE = YearMonth.of(2020, 6);
  private final CandidateRule rule = Rules.candidateRule(terms());

  @ParameterizedTest(name = "{0} terms served: {1}")
  @CsvSource({"0, PASSED", "1, PASSED", "2, FAILED", "3, FAILED"})
  void limitsConsecutiveTerms(int served, Outcome outcome) {
    CandidateFacts c =
        candidate("c")
            .role(CommitteeRole.SECRETARY)
            .reElection(served > 0)
            .termsAsSecretary(served)
            .build();
    Finding f = rule.check(c, REFERENCE);
    assertEquals(outcome, f.outcome());
    assertEquals(Map.of("consecutiveTerms", served, "maximum", 2), f.figures());
    assertEquals(List.of(served, 2), f.arguments());
  }

  @Test
  void notApplicableToOtherRoles() {
    CandidateFacts c =
        candidate("c").role(CommitteeRole.DEPUTY_SECRETARY).termsAsSecretary(2).build();
    assertEquals(Outcome.NOT_APPLICABLE, rule.check(c, REFERENCE).outcome());
  }

  @Test
  void validatesParameters() {
    assertInvalid(
        with(terms(), "maxConsecutiveTerms", null),
        "ruleSet.parameterMissing",
        "maxConsecutiveTerms");
    assertInvalid(with(terms(), "maxTerms", "2"), "ruleSet.parameterUnknown", "maxTerms");
    assertInvalid(
        with(terms(), "maxConsecutiveTerms", "2.5"),
        "ruleSet.parameterInvalid",
        "maxConsecutiveTerms");
  }
}
