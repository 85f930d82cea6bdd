package vn.khaosat.cadre.domain.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.khaosat.cadre.domain.vetting.CandidateBuilder.candidate;
import static vn.khaosat.cadre.domain.vetting.CandidateBuilder.candidates;
import static vn.khaosat.cadre.domain.vetting.SeededRules.DISTRICT_2020;
import static vn.khaosat.cadre.domain.vetting.SeededRules.assertInvalid;
import static vn.khaosat.cadre.domain.vetting.SeededRules.size;
import static vn.khaosat.cadre.domain.vetting.SeededRules.with;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlateSizeRuleTest {

  private final SlateRule rule = Rules.slateRule(size());

  private static SlateFacts seats(Integer seats, Integer previous, int candidates) {
    return new SlateFacts(
        DISTRICT_2020, candidates(candidates, i -> candidate("c" + i)), previous, seats, null);
  }

  @ParameterizedTest(name = "{0} seats, previous {1}: {2}")
  @CsvSource({
    "18, 20, PASSED, 19",
    "19, 20, PASSED, 19",
    "20, 20, FAILED, 19",
    "47, 50, PASSED, 47",
    "48, 50, FAILED, 47"
  })
  void atMostNinetyFivePercent(int seats, int previous, Outcome outcome, int maximum) {
    Finding f = rule.check(seats(seats, previous, 3));
    assertEquals(outcome, f.outcome());
    assertEquals(
        Map.of("size", seats, "previous", previous, "maximum", maximum, "maxPercent", "95"),
        f.figures());
    assertEquals(List.of(seats, previous, maximum, "95"), f.arguments());
  }

  @Test
  void countsCandidatesWhenSeatsUnknown() {
    assertEquals(Outcome.PASSED, rule.check(seats(null, 20, 19)).outcome());
    Finding f = rule.check(seats(null, 20, 20));
    assertEquals(Outcome.FAILED, f.outcome());
    assertEquals("finding.slateSize.failed", f.messageKey());
    assertEquals(20, f.figures().get("size"));
  }

  @Test
  void notApplicableWithoutPreviousSize() {
    assertEquals(Outcome.NOT_APPLICABLE, rule.check(seats(30, null, 3)).outcome());
  }

  @Test
  void aSittingCommitteeWithNoMembersOnlyInforms() {
    // was "1 vượt quá 0 (95% của 0)": nothing to compare with is not a failure
    Finding f = rule.check(seats(null, 0, 1));
    assertEquals(Outcome.NOT_APPLICABLE, f.outcome());
    assertEquals(Severity.INFO, f.severity());
    assertEquals("finding.slateSize.noPrevious", f.messageKey());
    assertEquals(Map.of("size", 1, "previous", 0), f.figures());
    assertEquals(false, f.blocking() || f.warning());
  }

  @Test
  void decimalPercentIsExact() {
    SlateRule rule = Rules.slateRule(with(size(), "maxPercentOfPrevious", "92.5"));
    assertEquals(Outcome.PASSED, rule.check(seats(37, 40, 0)).outcome());
    assertEquals(Outcome.FAILED, rule.check(seats(38, 40, 0)).outcome());
  }

  @Test
  void validatesParameters() {
    assertInvalid(
        with(size(), "maxPercentOfPrevious", null),
        "ruleSet.parameterMissing",
        "maxPercentOfPrevious");
    assertInvalid(with(size(), "maxPercent", "95"), "ruleSet.parameterUnknown", "maxPercent");
    assertInvalid(
        with(size(), "maxPercentOfPrevious", "-95"),
        "ruleSet.parameterInvalid",
        "maxPercentOfPrevious");
  }
}
