package vn.khaosat.cadre.domain.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.khaosat.cadre.domain.vetting.CandidateBuilder.candidate;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.khaosat.cadre.domain.cadres.Gender;

/**
 * The age cut-offs of the 2025 round under the seeded CT45-2025, worked out by hand from the
 * Directive's months and the roadmap of Decree 135/2020.
 *
 * <p>Retirement age by the year it is reached: men 60y3m in 2021, then 60y6m (2022), 60y9m (2023),
 * 61y (2024), 61y3m (2025), 61y6m (2026), 61y9m (2027), 62y from 2028; women 55y4m in 2021, then
 * 55y8m, 56y, 56y4m, 56y8m, 57y, 57y4m, 57y8m (2028), 58y (2029), 58y4m (2030), … 60y from 2035.
 * Everyone below retires from 2029 on, so men retire at 62, women at 58 (2029) or 58y4m (2030).
 *
 * <p>Province, congress 2025-09. First time needs 60 months, retirement 2030-09 or later: a man
 * born 1968-09 retires 1968-09 + 62y = 2030-09 (60 months), one born 1968-08 in 2030-08 (59); a
 * woman born 1972-05 retires 1972-05 + 58y4m = 2030-09 (60), one born 1972-04 in 2030-08 (59).
 * Re-election needs 48 months, retirement 2029-09 or later: a man born 1967-09 retires 2029-09
 * (48), 1967-08 in 2029-08 (47); a woman born 1971-09 retires 1971-09 + 58y = 2029-09 (48), 1971-08
 * in 2029-08 (47).
 *
 * <p>Commune, ward or special zone under a province, congress 2025-07. First time, retirement
 * 2030-07 or later: men born 1968-07 (2030-07, 60) pass, 1968-06 (2030-06, 59) fail; women born
 * 1972-03 (1972-03 + 58y4m = 2030-07, 60) pass, 1972-02 (2030-06, 59) fail. Re-election, retirement
 * 2029-07 or later: men 1967-07 (48) pass, 1967-06 (47) fail; women 1971-07 (1971-07 + 58y =
 * 2029-07, 48) pass, 1971-06 (2029-06, 47) fail.
 */
class Ct45CutOffsTest {

  private static final SeededMigration CT45 = SeededMigration.read("V4__rule_set_ct45_2025.sql");

  private final CandidateRule age = Rules.candidateRule(CT45.rule(RuleKind.AGE));

  @Test
  void theSetCarriesTheMonthEachLevelsCongressBegins() {
    assertEquals(
        Map.of(
            "COMMUNE", "2025-04",
            "DISTRICT", "2025-06",
            "COMMUNE_UNDER_PROVINCE", "2025-07",
            "PROVINCE", "2025-09"),
        CT45.referenceMonths());
    assertEquals(
        Map.of(
            "minMonthsFirstTime", "60",
            "minMonthsReElection", "48",
            "retirementAgeMale", "60",
            "retirementAgeFemale", "55",
            "retirementRoadmapMale", "2021:60y3m:3:62y",
            "retirementRoadmapFemale", "2021:55y4m:4:60y"),
        CT45.rule(RuleKind.AGE).parameters());
  }

  @ParameterizedTest(name = "{0}: {1} born {2}, re-election {3}: {4} ({5} months, retires {6})")
  @CsvSource({
    "PROVINCE, MALE, 1968-09, false, PASSED, 60, 2030-09, 62y",
    "PROVINCE, MALE, 1968-08, false, FAILED, 59, 2030-08, 62y",
    "PROVINCE, FEMALE, 1972-05, false, PASSED, 60, 2030-09, 58y4m",
    "PROVINCE, FEMALE, 1972-04, false, FAILED, 59, 2030-08, 58y4m",
    "PROVINCE, MALE, 1967-09, true, PASSED, 48, 2029-09, 62y",
    "PROVINCE, MALE, 1967-08, true, FAILED, 47, 2029-08, 62y",
    "PROVINCE, FEMALE, 1971-09, true, PASSED, 48, 2029-09, 58y",
    "PROVINCE, FEMALE, 1971-08, true, FAILED, 47, 2029-08, 58y",
    "COMMUNE_UNDER_PROVINCE, MALE, 1968-07, false, PASSED, 60, 2030-07, 62y",
    "COMMUNE_UNDER_PROVINCE, MALE, 1968-06, false, FAILED, 59, 2030-06, 62y",
    "COMMUNE_UNDER_PROVINCE, FEMALE, 1972-03, false, PASSED, 60, 2030-07, 58y4m",
    "COMMUNE_UNDER_PROVINCE, FEMALE, 1972-02, false, FAILED, 59, 2030-06, 58y4m",
    "COMMUNE_UNDER_PROVINCE, MALE, 1967-07, true, PASSED, 48, 2029-07, 62y",
    "COMMUNE_UNDER_PROVINCE, MALE, 1967-06, true, FAILED, 47, 2029-06, 62y",
    "COMMUNE_UNDER_PROVINCE, FEMALE, 1971-07, true, PASSED, 48, 2029-07, 58y",
    "COMMUNE_UNDER_PROVINCE, FEMALE, 1971-06, true, FAILED, 47, 2029-06, 58y"
  })
  void reproducesTheCutOffsOfThe2025Round(
      String level,
      Gender gender,
      String born,
      boolean reElection,
      Outcome outcome,
      int monthsLeft,
      String retires,
      String retirementAge) {
    CandidateFacts c = candidate("c").gender(gender).born(born).reElection(reElection).build();
    Finding f = age.check(c, CT45.referenceMonth(level));
    assertEquals(outcome, f.outcome());
    assertEquals(monthsLeft, f.figures().get("monthsLeft"));
    assertEquals(reElection ? 48 : 60, f.figures().get("minimum"));
    assertEquals(retires, f.figures().get("retirementMonth"));
    assertEquals(retirementAge, f.figures().get("retirementAge"));
  }

  /**
   * Grassroots, congress 2025-04: a first-time woman needs retirement 2030-04 or later. No one
   * retires in 2030-01..2030-04: a woman born 1971-12 reaches 58y, the age of 2029, in 2029-12 (56
   * months); one born 1972-01 reaches it only in 2030-01, when the age is 58y4m, so she retires
   * 2030-05 (61 months). The cut-off falls between them.
   */
  @Test
  void theRoadmapsYearlyStepLeavesAGapAtGrassroots() {
    YearMonth congress = CT45.referenceMonth("COMMUNE");
    Finding before = age.check(candidate("a").female().born("1971-12").build(), congress);
    Finding after = age.check(candidate("b").female().born("1972-01").build(), congress);
    assertEquals(
        List.of(Outcome.FAILED, 56, "2029-12"),
        List.of(
            before.outcome(),
            before.figures().get("monthsLeft"),
            before.figures().get("retirementMonth")));
    assertEquals(
        List.of(Outcome.PASSED, 61, "2030-05"),
        List.of(
            after.outcome(),
            after.figures().get("monthsLeft"),
            after.figures().get("retirementMonth")));
  }

  @Test
  void theLevelDirectlyAboveGrassrootsIsJudgedAtItsOwnMonth() {
    // directly above grassroots, congress 2025-06: 1968-06 + 62y = 2030-06, 60 months
    YearMonth congress = CT45.referenceMonth("DISTRICT");
    assertEquals(
        Outcome.PASSED, age.check(candidate("c").born("1968-06").build(), congress).outcome());
    assertEquals(
        Outcome.FAILED, age.check(candidate("c").born("1968-05").build(), congress).outcome());
  }

  @Test
  void everySeededRuleParsesAndSlateSizeIsKeptAtTheSittingCommittee() {
    Rules.validate(CT45.rules());
    assertEquals(12, CT45.rules().size());
    RuleDefinition size = CT45.rule(RuleKind.SLATE_SIZE);
    assertEquals(Map.of("maxPercentOfPrevious", "100"), size.parameters());
    // the one slate rule the Directive changes says so
    assertEquals(true, size.source().contains("45-CT/TW"));
    CT45.rules().stream()
        .filter(r -> r.kind() != RuleKind.AGE && r.kind() != RuleKind.SLATE_SIZE)
        .forEach(r -> assertEquals(true, r.source().startsWith("Giữ như CT35-2019"), r.code()));
  }
}
