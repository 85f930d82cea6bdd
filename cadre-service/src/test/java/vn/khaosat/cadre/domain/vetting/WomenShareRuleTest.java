package vn.khaosat.cadre.domain.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.khaosat.cadre.domain.vetting.CandidateBuilder.candidate;
import static vn.khaosat.cadre.domain.vetting.CandidateBuilder.candidates;
import static vn.khaosat.cadre.domain.vetting.SeededRules.DISTRICT_2020;
import static vn.khaosat.cadre.domain.vetting.SeededRules.assertInvalid;
import static vn.khaosat.cadre.domain.vetting.SeededRules.slate;
import static vn.khaosat.cadre.domain.vetting.SeededRules.with;
import static vn.khaosat.cadre.domain.vetting.SeededRules.women;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.khaosat.cadre.domain.cadres.Gender;

class WomenShareRuleTest {

  private static SlateFacts womenOf(int women, int total) {
    return slate(
        DISTRICT_2020,
        candidates(total, i -> candidate("c" + i).gender(i < women ? Gender.FEMALE : Gender.MALE)));
  }

  @ParameterizedTest(name = "{0} of {1} women, minimum {2} %: {3}")
  @CsvSource({
    "3, 20, 15, PASSED, 15.0",
    "2, 20, 15, FAILED, 10.0",
    "4, 20, 15, PASSED, 20.0",
    // Exact arithmetic: 1 of 3 is 33.333… %.
    "1, 3, 33.3, PASSED, 33.3",
    "1, 3, 33.34, FAILED, 33.3",
    "2, 3, 66.7, FAILED, 66.7"
  })
  void comparesExactly(int women, int total, String minimum, Outcome outcome, String percent) {
    SlateRule rule = Rules.slateRule(with(women(), "minPercent", minimum));
    Finding f = rule.check(womenOf(women, total));
    assertEquals(outcome, f.outcome());
    assertEquals(percent, f.figures().get("percent"));
    assertEquals(women, f.figures().get("women"));
    assertEquals(List.of(women, total, percent, minimum), f.arguments());
  }

  @Test
  void reportsFigures() {
    Finding f = Rules.slateRule(women()).check(womenOf(2, 20));
    assertEquals(Map.of("total", 20, "women", 2, "percent", "10.0", "minimum", "15"), f.figures());
    assertEquals("finding.womenShare.failed", f.messageKey());
    assertEquals(null, f.candidateKey());
    assertEquals(Severity.WARN, f.severity());
  }

  @Test
  void emptySlateIsNotApplicable() {
    Finding f = Rules.slateRule(women()).check(slate(DISTRICT_2020, List.of()));
    assertEquals(Outcome.NOT_APPLICABLE, f.outcome());
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "-1", "100.5", "1e1", "15%"})
  void refusesMalformedPercent(String value) {
    assertInvalid(with(women(), "minPercent", value), "ruleSet.parameterInvalid", "minPercent");
  }

  @Test
  void refusesMissingAndUnknown() {
    assertInvalid(with(women(), "minPercent", null), "ruleSet.parameterMissing", "minPercent");
    assertInvalid(
        with(women(), "minPercentage", "15"), "ruleSet.parameterUnknown", "minPercentage");
  }
}
