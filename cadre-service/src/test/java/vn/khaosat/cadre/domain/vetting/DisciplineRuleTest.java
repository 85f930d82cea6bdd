package vn.khaosat.cadre.domain.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.khaosat.cadre.domain.vetting.CandidateBuilder.candidate;
import static vn.khaosat.cadre.domain.vetting.SeededRules.assertInvalid;
import static vn.khaosat.cadre.domain.vetting.SeededRules.discipline;
import static vn.khaosat.cadre.domain.vetting.SeededRules.with;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.khaosat.cadre.domain.cadres.DisciplineForm;

class DisciplineRuleTest {

  private static final YearMonth REFERENCE = YearMonth.of(2020, 6);
  private final CandidateRule rule = Rules.candidateRule(discipline());

  private static Discipline bar(DisciplineForm form, String decided, String until) {
    return new Discipline(
        form, LocalDate.parse(decided), until == null ? null : LocalDate.parse(until));
  }

  @Test
  void passesWithoutDiscipline() {
    Finding f = rule.check(candidate("c").build(), REFERENCE);
    assertEquals(Outcome.PASSED, f.outcome());
    assertEquals("finding.discipline.passed", f.messageKey());
    assertTrue(f.figures().isEmpty());
  }

  @Test
  void failsWhileBarred() {
    CandidateFacts c =
        candidate("c")
            .discipline(bar(DisciplineForm.REPRIMAND, "2018-01-10", "2019-01-10"))
            .discipline(bar(DisciplineForm.WARNING, "2019-12-01", "2020-12-01"))
            .discipline(bar(DisciplineForm.REPRIMAND, "2020-01-05", "2020-07-05"))
            .build();
    Finding f = rule.check(c, REFERENCE);
    assertEquals(Outcome.FAILED, f.outcome());
    assertEquals("finding.discipline.failed", f.messageKey());
    assertEquals(
        Map.of("form", "WARNING", "decidedOn", "2019-12-01", "restrictedUntil", "2020-12-01"),
        f.figures());
    assertEquals(List.of("WARNING", "2020-12-01"), f.arguments());
    assertTrue(f.blocking());
  }

  @Test
  void barEndingOnReferenceDatePasses() {
    CandidateFacts c =
        candidate("c").discipline(bar(DisciplineForm.WARNING, "2019-06-01", "2020-06-01")).build();
    Finding f = rule.check(c, REFERENCE);
    assertEquals(Outcome.PASSED, f.outcome());
    assertEquals("2020-06-01", f.figures().get("restrictedUntil"));
  }

  @Test
  void barEndingTheNextDayFails() {
    CandidateFacts c =
        candidate("c").discipline(bar(DisciplineForm.WARNING, "2019-06-02", "2020-06-02")).build();
    assertEquals(Outcome.FAILED, rule.check(c, REFERENCE).outcome());
  }

  @Test
  void noBarPasses() {
    CandidateFacts c =
        candidate("c").discipline(bar(DisciplineForm.DISMISSAL, "2020-05-01", null)).build();
    assertEquals(Outcome.PASSED, rule.check(c, REFERENCE).outcome());
  }

  @Test
  void refusesAnyParameter() {
    assertInvalid(with(discipline(), "months", "12"), "ruleSet.parameterUnknown", "months");
  }
}
