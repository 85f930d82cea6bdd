package vn.khaosat.cadre.domain.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.khaosat.cadre.domain.vetting.CandidateBuilder.candidate;
import static vn.khaosat.cadre.domain.vetting.SeededRules.age;
import static vn.khaosat.cadre.domain.vetting.SeededRules.assertInvalid;
import static vn.khaosat.cadre.domain.vetting.SeededRules.with;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.khaosat.cadre.domain.cadres.Gender;

class AgeRuleTest {

  private final CandidateRule seeded = Rules.candidateRule(age());

  @ParameterizedTest(name = "{0} {1} born {2} re-election {3}: {4} ({5} months)")
  @CsvSource({
    // Published cut-offs of the 2020 congresses: district 2020-06, province 2020-09.
    "2020-06, MALE, 1965-06, false, PASSED, 60",
    "2020-06, MALE, 1965-05, false, FAILED, 59",
    "2020-06, FEMALE, 1970-06, false, PASSED, 60",
    "2020-06, FEMALE, 1970-05, false, FAILED, 59",
    "2020-06, MALE, 1962-12, true, PASSED, 30",
    "2020-06, MALE, 1962-11, true, FAILED, 29",
    "2020-06, FEMALE, 1967-12, true, PASSED, 30",
    "2020-06, FEMALE, 1967-11, true, FAILED, 29",
    "2020-09, MALE, 1965-09, false, PASSED, 60",
    "2020-09, MALE, 1965-08, false, FAILED, 59",
    // A year alone counts as January.
    "2020-06, MALE, 1965, false, FAILED, 55",
    "2020-06, MALE, 1966, false, PASSED, 67",
    "2020-06, MALE, 1966-01-31, false, PASSED, 67",
    // Already past retirement: negative.
    "2020-06, MALE, 1959-06, true, FAILED, -12"
  })
  void reproducesPublishedCutOffs(
      String reference,
      Gender gender,
      String born,
      boolean reElection,
      Outcome outcome,
      int monthsLeft) {
    CandidateFacts c = candidate("c").gender(gender).born(born).reElection(reElection).build();
    Finding f = seeded.check(c, YearMonth.parse(reference));
    assertEquals(outcome, f.outcome());
    assertEquals(monthsLeft, f.figures().get("monthsLeft"));
    assertEquals(reElection ? 30 : 60, f.figures().get("minimum"));
    assertEquals(List.of(monthsLeft, reElection ? 30 : 60), f.arguments());
    assertEquals(
        "finding.age." + (outcome == Outcome.PASSED ? "passed" : "failed"), f.messageKey());
  }

  @Test
  void reportsFigures() {
    CandidateFacts c = candidate("c").born("1965-05").build();
    Finding f = seeded.check(c, SeededRules.DISTRICT_2020);
    assertEquals(
        Map.of(
            "monthsLeft",
            59,
            "minimum",
            60,
            "retirementMonth",
            "2025-05",
            "retirementAge",
            "60y",
            "reElection",
            false),
        f.figures());
    assertEquals(
        List.of("monthsLeft", "minimum", "retirementMonth", "retirementAge", "reElection"),
        List.copyOf(f.figures().keySet()));
    assertEquals("c", f.candidateKey());
    assertEquals("AGE", f.ruleCode());
    assertEquals(SeededRules.SOURCE, f.source());
  }

  @Test
  void appliesRoadmapByGender() {
    RuleDefinition d =
        with(
            with(age(), "retirementRoadmapMale", "2021:60y3m:3:62y"),
            "retirementRoadmapFemale",
            "2021:55y4m:4:60y");
    CandidateRule rule = Rules.candidateRule(d);
    YearMonth reference = YearMonth.of(2020, 10);

    Finding man = rule.check(candidate("m").born("1961-10").build(), reference);
    assertEquals("2022-04", man.figures().get("retirementMonth"));
    assertEquals("60y6m", man.figures().get("retirementAge"));
    assertEquals(18, man.figures().get("monthsLeft"));

    Finding woman = rule.check(candidate("w").female().born("1966-05").build(), reference);
    assertEquals("2021-09", woman.figures().get("retirementMonth"));
    assertEquals("55y4m", woman.figures().get("retirementAge"));

    Finding capped = rule.check(candidate("x").born("1970-01").build(), reference);
    assertEquals("2032-01", capped.figures().get("retirementMonth"));
    assertEquals("62y", capped.figures().get("retirementAge"));
  }

  @Test
  void acceptsAgeWithMonths() {
    CandidateRule rule = Rules.candidateRule(with(age(), "retirementAgeMale", "60y3m"));
    Finding f = rule.check(candidate("c").born("1965-03").build(), SeededRules.DISTRICT_2020);
    assertEquals("2025-06", f.figures().get("retirementMonth"));
    assertEquals(Outcome.PASSED, f.outcome());
  }

  @Test
  void refusesMissingParameters() {
    assertInvalid(
        with(age(), "minMonthsFirstTime", null), "ruleSet.parameterMissing", "minMonthsFirstTime");
    assertInvalid(
        with(age(), "retirementAgeFemale", " "), "ruleSet.parameterMissing", "retirementAgeFemale");
  }

  @Test
  void refusesUnknownParameters() {
    InvalidRuleException e =
        assertInvalid(
            with(age(), "minMonthFirstTime", "60"),
            "ruleSet.parameterUnknown",
            "minMonthFirstTime");
    assertEquals(List.of("AGE", "minMonthFirstTime"), e.arguments());
  }

  @Test
  void refusesMalformedParameters() {
    InvalidRuleException e =
        assertInvalid(
            with(age(), "minMonthsReElection", "abc"),
            "ruleSet.parameterInvalid",
            "minMonthsReElection");
    assertEquals(List.of("AGE", "minMonthsReElection", "abc"), e.arguments());
    assertInvalid(
        with(age(), "minMonthsFirstTime", "-1"), "ruleSet.parameterInvalid", "minMonthsFirstTime");
    assertInvalid(
        with(age(), "retirementAgeMale", "60y12m"),
        "ruleSet.parameterInvalid",
        "retirementAgeMale");
    assertInvalid(
        with(age(), "retirementRoadmapFemale", "2021:55y4m"),
        "ruleSet.parameterInvalid",
        "retirementRoadmapFemale");
  }
}
