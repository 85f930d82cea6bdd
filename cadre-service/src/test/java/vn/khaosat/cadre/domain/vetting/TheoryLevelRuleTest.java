package vn.khaosat.cadre.domain.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.khaosat.cadre.domain.vetting.CandidateBuilder.candidate;
import static vn.khaosat.cadre.domain.vetting.SeededRules.assertInvalid;
import static vn.khaosat.cadre.domain.vetting.SeededRules.theory;
import static vn.khaosat.cadre.domain.vetting.SeededRules.with;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.khaosat.cadre.domain.cadres.TheoryLevel;
import vn.khaosat.cadre.domain.committees.CommitteeRole;

class TheoryLevelRuleTest {

  private static final YearMonth REFERENCE = YearMonth.of(2020, 6);
  private final CandidateRule rule = Rules.candidateRule(theory());

  @Test
  void notApplicableToOtherRoles() {
    CandidateFacts c = candidate("c").role(CommitteeRole.MEMBER).theory(null).build();
    Finding f = rule.check(c, REFERENCE);
    assertEquals(Outcome.NOT_APPLICABLE, f.outcome());
    assertEquals("finding.notApplicable", f.messageKey());
    assertEquals(Map.of("role", "MEMBER"), f.figures());
    // a rule that does not apply only informs, though the rule itself is FAIL
    assertEquals(Severity.INFO, f.severity());
  }

  @Test
  void passesWithRequiredLevel() {
    CandidateFacts c =
        candidate("c").role(CommitteeRole.STANDING_MEMBER).theory(TheoryLevel.BACHELOR).build();
    Finding f = rule.check(c, REFERENCE);
    assertEquals(Outcome.PASSED, f.outcome());
    assertEquals(Map.of("theoryLevel", "BACHELOR", "required", "ADVANCED,BACHELOR"), f.figures());
  }

  @Test
  void failsBelowRequiredLevel() {
    CandidateFacts c =
        candidate("c").role(CommitteeRole.SECRETARY).theory(TheoryLevel.INTERMEDIATE).build();
    Finding f = rule.check(c, REFERENCE);
    assertEquals(Outcome.FAILED, f.outcome());
    assertEquals("finding.theoryLevel.failed", f.messageKey());
    assertEquals(List.of("INTERMEDIATE", "ADVANCED,BACHELOR"), f.arguments());
  }

  @Test
  void noTrainingFails() {
    CandidateFacts c = candidate("c").role(CommitteeRole.DEPUTY_SECRETARY).theory(null).build();
    Finding f = rule.check(c, REFERENCE);
    assertEquals(Outcome.FAILED, f.outcome());
    assertEquals("NONE", f.figures().get("theoryLevel"));
  }

  @Test
  void acceptsSpacesAndLowerCase() {
    CandidateRule lenient = Rules.candidateRule(with(theory(), "roles", " member , secretary"));
    CandidateFacts c = candidate("c").role(CommitteeRole.MEMBER).theory(null).build();
    assertEquals(Outcome.FAILED, lenient.check(c, REFERENCE).outcome());
  }

  @Test
  void refusesMissingParameter() {
    assertInvalid(with(theory(), "levels", null), "ruleSet.parameterMissing", "levels");
  }

  @Test
  void refusesUnknownParameter() {
    assertInvalid(with(theory(), "level", "ADVANCED"), "ruleSet.parameterUnknown", "level");
  }

  @ParameterizedTest
  @ValueSource(strings = {"CHAIRMAN", "SECRETARY,", "SECRETARY;MEMBER", ","})
  void refusesMalformedRoles(String roles) {
    assertInvalid(with(theory(), "roles", roles), "ruleSet.parameterInvalid", "roles");
  }

  @Test
  void refusesUnknownLevel() {
    assertInvalid(
        with(theory(), "levels", "ADVANCED,MASTER"), "ruleSet.parameterInvalid", "levels");
  }
}
