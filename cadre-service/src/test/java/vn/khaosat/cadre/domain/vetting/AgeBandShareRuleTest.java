package vn.khaosat.cadre.domain.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.khaosat.cadre.domain.vetting.CandidateBuilder.candidate;
import static vn.khaosat.cadre.domain.vetting.CandidateBuilder.candidates;
import static vn.khaosat.cadre.domain.vetting.SeededRules.DISTRICT_2020;
import static vn.khaosat.cadre.domain.vetting.SeededRules.ageBand;
import static vn.khaosat.cadre.domain.vetting.SeededRules.assertInvalid;
import static vn.khaosat.cadre.domain.vetting.SeededRules.slate;
import static vn.khaosat.cadre.domain.vetting.SeededRules.with;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeBandShareRuleTest {

  private final SlateRule rule = Rules.slateRule(ageBand());

  /** {@code inBand} of 20 candidates aged 45, the others 55, at 2020-06. */
  private static SlateFacts band(int inBand) {
    return slate(
        DISTRICT_2020, candidates(20, i -> candidate("c" + i).born(i < inBand ? "1975" : "1965")));
  }

  @ParameterizedTest(name = "{0} of 20 aged 40-50: {1}")
  @CsvSource({
    "7, FAILED, 35.0",
    "8, PASSED, 40.0",
    "9, PASSED, 45.0",
    "10, PASSED, 50.0",
    "11, FAILED, 55.0"
  })
  void shareMustLieWithinBounds(int inBand, Outcome outcome, String percent) {
    Finding f = rule.check(band(inBand));
    assertEquals(outcome, f.outcome());
    assertEquals(inBand, f.figures().get("count"));
    assertEquals(percent, f.figures().get("percent"));
    assertEquals(List.of(inBand, 20, percent, "40", "50", 40, 50), f.arguments());
  }

  @Test
  void bothAgesAreInclusive() {
    // At 2020-06: 1980-06 is 40, 1969-07 is 50 years 11 months, 1969-06 is 51, 1980-07 is 39.
    SlateFacts s =
        slate(
            DISTRICT_2020,
            List.of(
                candidate("a").born("1980-06").build(),
                candidate("b").born("1969-07").build(),
                candidate("c").born("1969-06").build(),
                candidate("d").born("1980-07").build()));
    Finding f = rule.check(s);
    assertEquals(2, f.figures().get("count"));
    assertEquals(Outcome.PASSED, f.outcome());
  }

  @Test
  void emptySlateIsNotApplicable() {
    assertEquals(Outcome.NOT_APPLICABLE, rule.check(slate(DISTRICT_2020, List.of())).outcome());
  }

  @Test
  void validatesParameters() {
    assertInvalid(with(ageBand(), "maxPercent", null), "ruleSet.parameterMissing", "maxPercent");
    assertInvalid(with(ageBand(), "minAges", "40"), "ruleSet.parameterUnknown", "minAges");
    assertInvalid(with(ageBand(), "minAge", "4O"), "ruleSet.parameterInvalid", "minAge");
    assertInvalid(with(ageBand(), "minAge", "51"), "ruleSet.rangeInvalid", "maxAge");
    InvalidRuleException e =
        assertInvalid(with(ageBand(), "minPercent", "60"), "ruleSet.rangeInvalid", "maxPercent");
    assertEquals(List.of("AGE_BAND", "minPercent", "maxPercent"), e.arguments());
  }
}
