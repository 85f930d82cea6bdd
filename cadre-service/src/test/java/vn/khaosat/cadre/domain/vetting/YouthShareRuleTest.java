package vn.khaosat.cadre.domain.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.khaosat.cadre.domain.vetting.CandidateBuilder.candidate;
import static vn.khaosat.cadre.domain.vetting.CandidateBuilder.candidates;
import static vn.khaosat.cadre.domain.vetting.SeededRules.DISTRICT_2020;
import static vn.khaosat.cadre.domain.vetting.SeededRules.assertInvalid;
import static vn.khaosat.cadre.domain.vetting.SeededRules.slate;
import static vn.khaosat.cadre.domain.vetting.SeededRules.with;
import static vn.khaosat.cadre.domain.vetting.SeededRules.youth;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YouthShareRuleTest {

  // At 2020-06: born 1980-07 is 39 years 11 months (young), born 1980-06 is exactly 40.
  private static final String YOUNG = "1980-07";
  private static final String NOT_YOUNG = "1980-06";

  private final SlateRule rule = Rules.slateRule(youth());

  @ParameterizedTest(name = "{0} young of 20: {1}")
  @CsvSource({"2, PASSED, 10.0", "1, FAILED, 5.0", "3, PASSED, 15.0"})
  void thresholdAtTenPercent(int young, Outcome outcome, String percent) {
    SlateFacts s =
        slate(
            DISTRICT_2020,
            candidates(20, i -> candidate("c" + i).born(i < young ? YOUNG : NOT_YOUNG)));
    Finding f = rule.check(s);
    assertEquals(outcome, f.outcome());
    assertEquals(young, f.figures().get("youth"));
    assertEquals(percent, f.figures().get("percent"));
    assertEquals(List.of(young, 20, percent, "10", 40), f.arguments());
  }

  @Test
  void ageCountsFullYearsFromBirthMonth() {
    SlateFacts s =
        slate(
            DISTRICT_2020,
            List.of(
                candidate("a").born("1980").build(), candidate("b").born("1981-06-30").build()));
    Finding f = rule.check(s);
    // "1980" is January 1980: 40 at 2020-06; 06/1981 is 39.
    assertEquals(1, f.figures().get("youth"));
    assertEquals("50.0", f.figures().get("percent"));
  }

  @Test
  void emptySlateIsNotApplicable() {
    assertEquals(Outcome.NOT_APPLICABLE, rule.check(slate(DISTRICT_2020, List.of())).outcome());
  }

  @Test
  void validatesParameters() {
    assertInvalid(
        with(youth(), "maxAgeExclusive", null), "ruleSet.parameterMissing", "maxAgeExclusive");
    assertInvalid(with(youth(), "maxAge", "40"), "ruleSet.parameterUnknown", "maxAge");
    assertInvalid(
        with(youth(), "maxAgeExclusive", "forty"), "ruleSet.parameterInvalid", "maxAgeExclusive");
    assertInvalid(with(youth(), "minPercent", "-10"), "ruleSet.parameterInvalid", "minPercent");
  }
}
