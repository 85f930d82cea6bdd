package vn.khaosat.indicators.domain.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.khaosat.indicators.domain.rules.Fixtures.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Validation of terms, targets, inputs and reason codes. */
class SpecValidationTest {

  @ParameterizedTest
  @ValueSource(ints = {2014, 2015, 2021})
  void evaluationYearOutsideTheTermIsRejected(int year) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TERM.requireEvaluationYear(year));
    assertEquals(
        "Evaluation year " + year + " is outside the term 2016-2020 (base year 2015)",
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(ints = {2016, 2019, 2020})
  void evaluationYearInsideTheTermIsAccepted(int year) {
    assertDoesNotThrow(() -> TERM.requireEvaluationYear(year));
  }

  @Test
  void termKnowsWhenItIsOver() {
    assertTrue(TERM.isOver(2020));
    assertEquals(false, TERM.isOver(2019));
    assertEquals(1, TERM.remainingYears(2019));
    assertEquals(5, TERM.length());
    assertThrows(IllegalArgumentException.class, () -> new TermSpan(2020, 2020));
  }

  @Test
  void targetSpecNeedsTheFiguresOfItsComparator() {
    Direction up = Direction.HIGHER_IS_BETTER;
    assertThrows(
        IllegalArgumentException.class, () -> TargetSpec.atLeast(Measure.LEVEL, null, up, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> TargetSpec.approximately(Measure.SHARE, bd("5"), null, up, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> TargetSpec.approximately(Measure.SHARE, bd("5"), bd("-1"), up, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> TargetSpec.range(Measure.SHARE, bd("6"), bd("5"), up, 0));
    assertThrows(
        IllegalArgumentException.class, () -> TargetSpec.atMost(Measure.LEVEL, bd("1"), up, -1));
    assertThrows(
        NullPointerException.class, () -> TargetSpec.atMost(Measure.LEVEL, bd("1"), null, 0));
    assertEquals(
        Comparator.RANGE, TargetSpec.range(Measure.SHARE, bd("5"), bd("5"), up, 0).comparator());
  }

  @Test
  void measureInputRejectsAYearBeforeTheBase() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new MeasureInput(Measure.LEVEL, 2014, 2015, levels(2015, "1")));
  }

  @Test
  void reasonsCarryTheYear() {
    assertEquals("MISSING_VALUE:2019", Reasons.withYear(Reasons.MISSING_VALUE, 2019));
    assertEquals("MISSING_VALUE", Reasons.code("MISSING_VALUE:2019"));
    assertEquals(2019, Reasons.year("MISSING_VALUE:2019").getAsInt());
    assertTrue(Reasons.year(Reasons.MIXED_POVERTY_STANDARDS).isEmpty());
  }
}
