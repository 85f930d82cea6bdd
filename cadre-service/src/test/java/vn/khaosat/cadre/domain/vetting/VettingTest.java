package vn.khaosat.cadre.domain.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.khaosat.cadre.domain.vetting.CandidateBuilder.candidate;
import static vn.khaosat.cadre.domain.vetting.CandidateBuilder.candidates;
import static vn.khaosat.cadre.domain.vetting.SeededRules.DISTRICT_2020;
import static vn.khaosat.cadre.domain.vetting.SeededRules.def;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.khaosat.cadre.domain.cadres.TheoryLevel;
import vn.khaosat.cadre.domain.committees.CommitteeRole;

class VettingTest {

  /** A secretary who passes everything, a member short of months, a deputy without theory. */
  private static List<CandidateFacts> threeCandidates() {
    return List.of(
        candidate("ok")
            .female()
            .role(CommitteeRole.SECRETARY)
            .termsAsSecretary(1)
            .reElection(true)
            .ethnicity("Tày")
            .build(),
        candidate("old").born("1961-01").build(),
        candidate("weak")
            .born("1978-03")
            .role(CommitteeRole.DEPUTY_SECRETARY)
            .theory(TheoryLevel.INTERMEDIATE)
            .build());
  }

  private static SlateFacts slate(Integer previous) {
    return new SlateFacts(DISTRICT_2020, threeCandidates(), previous, null, new BigDecimal("50"));
  }

  @Test
  void findingsComeByCandidateThenRule() {
    VettingReport report = Vetting.run(SeededRules.all(), slate(null));
    assertEquals(18, report.candidateFindings().size());
    List<String> order =
        report.candidateFindings().stream()
            .limit(7)
            .map(f -> f.candidateKey() + ":" + f.ruleCode())
            .collect(Collectors.toList());
    assertEquals(
        List.of(
            "ok:AGE", "ok:DISCIPLINE", "ok:THEORY", "ok:ASSETS", "ok:PLAN", "ok:TERMS", "old:AGE"),
        order);
    assertEquals(
        List.of("WOMEN", "WOMEN_SC", "YOUTH", "AGE_BAND", "SIZE", "ETHNIC"),
        report.slateFindings().stream().map(Finding::ruleCode).collect(Collectors.toList()));
  }

  @Test
  void verdictsPerCandidate() {
    VettingReport report = Vetting.run(SeededRules.all(), slate(null));
    assertEquals(
        List.of(
            new CandidateVerdict("ok", Verdict.ELIGIBLE, 0, 0),
            new CandidateVerdict("old", Verdict.NOT_ELIGIBLE, 1, 0),
            new CandidateVerdict("weak", Verdict.NOT_ELIGIBLE, 1, 0)),
        report.verdicts());
    assertEquals(2, report.countVerdicts(Verdict.NOT_ELIGIBLE));
    assertEquals(2, report.blockingCount());
  }

  @Test
  void warnSeverityGivesWarningsAndInfoChangesNothing() {
    List<RuleDefinition> rules =
        List.of(
            def(
                "AGE_WARN",
                RuleKind.AGE,
                Severity.WARN,
                "minMonthsFirstTime",
                "60",
                "minMonthsReElection",
                "30",
                "retirementAgeMale",
                "60",
                "retirementAgeFemale",
                "55"),
            def(
                "THEORY_INFO",
                RuleKind.THEORY_LEVEL,
                Severity.INFO,
                "roles",
                "DEPUTY_SECRETARY",
                "levels",
                "ADVANCED"));
    VettingReport report = Vetting.run(rules, slate(null));
    assertEquals(Verdict.ELIGIBLE, report.verdicts().get(0).verdict());
    assertEquals(
        new CandidateVerdict("old", Verdict.ELIGIBLE_WITH_WARNINGS, 0, 1),
        report.verdicts().get(1));
    // The deputy fails the INFO rule and stays eligible.
    Finding info = report.candidateFindings().get(5);
    assertEquals("weak", info.candidateKey());
    assertEquals(Outcome.FAILED, info.outcome());
    assertFalse(info.blocking());
    assertEquals(Verdict.ELIGIBLE, report.verdicts().get(2).verdict());
    assertFalse(report.hasBlockingFailure());
    assertEquals(1, report.warningCount());
  }

  @Test
  void blockingSlateFindingMarksTheReport() {
    List<RuleDefinition> rules = List.of(SeededRules.size(), SeededRules.discipline());
    VettingReport fits = Vetting.run(rules, slate(4));
    assertFalse(fits.hasBlockingFailure());

    VettingReport tooBig = Vetting.run(rules, slate(3));
    assertTrue(tooBig.hasBlockingFailure());
    assertTrue(tooBig.slateFindings().get(0).blocking());
    // Candidates' verdicts do not depend on slate findings.
    assertTrue(tooBig.verdicts().stream().allMatch(v -> v.verdict() == Verdict.ELIGIBLE));
  }

  @Test
  void refusesInvalidRuleSetBeforeRunning() {
    List<RuleDefinition> rules = List.of(SeededRules.age(), SeededRules.age());
    assertThrows(InvalidRuleException.class, () -> Vetting.run(rules, slate(null)));
  }

  @Test
  void sixtyCandidatesAreQuick() {
    List<CandidateFacts> many =
        candidates(60, i -> candidate("c" + i).born((1960 + i % 25) + "-0" + (1 + i % 9)));
    SlateFacts big = new SlateFacts(DISTRICT_2020, many, 65, null, null);
    VettingReport report =
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> Vetting.run(SeededRules.all(), big));
    assertEquals(360, report.candidateFindings().size());
    assertEquals(60, report.verdicts().size());
  }

  @Test
  void refusesDuplicateCandidateKeys() {
    List<CandidateFacts> twins = List.of(candidate("a").build(), candidate("a").build());
    assertThrows(
        IllegalArgumentException.class,
        () -> new SlateFacts(DISTRICT_2020, twins, null, null, null));
  }
}
