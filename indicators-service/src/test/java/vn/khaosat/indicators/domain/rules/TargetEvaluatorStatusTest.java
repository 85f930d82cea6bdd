package vn.khaosat.indicators.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.khaosat.indicators.domain.rules.Direction.HIGHER_IS_BETTER;
import static vn.khaosat.indicators.domain.rules.Direction.LOWER_IS_BETTER;
import static vn.khaosat.indicators.domain.rules.Fixtures.*;
import static vn.khaosat.indicators.domain.rules.TargetStatus.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Status rules of the evaluator: comparators, rounding, term running or over, no data. */
class TargetEvaluatorStatusTest {
  private final TargetEvaluator evaluator = new TargetEvaluator();
  private static final TargetSpec GROWTH_8 =
      TargetSpec.atLeast(Measure.AVERAGE_GROWTH, bd("8"), HIGHER_IS_BETTER, 1);

  private TargetEvaluation eval(TargetSpec spec, int year, Series main) {
    return evaluator.evaluate(new EvaluationInput(spec, TERM, year, main), EN);
  }

  @Test
  void canonicalAverageGrowthExceedsEightPercent() {
    TargetEvaluation e = eval(GROWTH_8, 2019, levels(2015, "100", null, null, null, "137.3"));
    assertEquals(EXCEEDED, e.status());
    assertEquals(bd("8.25"), e.actual());
    assertEquals(bd("8.00"), e.target());
    assertEquals(bd("103.13"), e.achievementRatio()); // 8.25 / 8 × 100 = 103.125
    assertNull(e.projection());
    assertTrue(e.warnings().isEmpty());
  }

  @ParameterizedTest
  @CsvSource({"8.8, true", "8.3, false", "8.35, false", "8.36, true", "8.15, false", "8.14, true"})
  void reportedAverageIsCheckedAgainstTheGeometricOne(String reported, boolean warns) {
    // Geometric: (1.373^(1/4) − 1) × 100 = 8.25 %/year; more than 0.1 point away draws the warning.
    Series s = levels(2015, "100", null, null, null, "137.3");
    for (Measure m : List.of(Measure.AVERAGE_GROWTH, Measure.INDEX_TO_BASE)) {
      TargetSpec spec = TargetSpec.atLeast(m, bd("8"), HIGHER_IS_BETTER, 1);
      TargetEvaluation e =
          evaluator.evaluate(
              new EvaluationInput(spec, TERM, 2019, s, null, null, bd(reported)), EN);
      assertEquals(
          warns,
          e.warnings().stream().anyMatch(w -> w.code().equals(Warning.REPORTED_AVERAGE_MISMATCH)),
          m + " " + reported);
    }
  }

  @ParameterizedTest
  @CsvSource({"45.0, EXCEEDED, 102.27", "44.0, MET, 100.00", "43.9, NOT_MET, 99.77"})
  void atLeastOnALevelOnceTheTermIsOver(String value, TargetStatus expected, String ratio) {
    TargetSpec spec = TargetSpec.atLeast(Measure.LEVEL, bd("44"), HIGHER_IS_BETTER, 1);
    TargetEvaluation e = eval(spec, 2020, levels(2020, value));
    assertEquals(expected, e.status());
    assertEquals(bd(ratio), e.achievementRatio());
  }

  @ParameterizedTest
  @CsvSource({"14.0, EXCEEDED, 120.00", "15.0, MET, 100.00", "16.0, NOT_MET, 80.00"})
  void atMostOnALowerIsBetterLevelUsesGapClosure(
      String value, TargetStatus expected, String ratio) {
    // Infant mortality 20.0 ‰ in 2015, target at most 15.0: (20.0 − A) / (20.0 − 15.0) × 100.
    TargetSpec spec = TargetSpec.atMost(Measure.LEVEL, bd("15"), LOWER_IS_BETTER, 1);
    TargetEvaluation e = eval(spec, 2020, levels(2015, "20.0", null, null, null, null, value));
    assertEquals(expected, e.status());
    assertEquals(bd(ratio), e.achievementRatio());
  }

  @ParameterizedTest
  @CsvSource({
    "AT_LEAST, 44.4, 0, MET", "AT_MOST, 44.4, 0, MET", "AT_LEAST, 44.4, 1, EXCEEDED",
    "AT_MOST, 44.4, 1, NOT_MET", "AT_LEAST, 44.5, 0, EXCEEDED", "AT_MOST, 43.5, 0, MET"
  })
  void levelsAreRoundedToTheIndicatorDecimalsBeforeComparing(
      Comparator c, String value, int decimals, TargetStatus expected) {
    TargetSpec spec =
        new TargetSpec(Measure.LEVEL, c, bd("44"), null, null, null, HIGHER_IS_BETTER, decimals);
    assertEquals(expected, eval(spec, 2020, levels(2020, value)).status());
  }

  @ParameterizedTest
  @CsvSource({"32.004, MET, 32.00", "32.005, EXCEEDED, 32.01", "31.995, MET, 32.00"})
  void ratesAreRoundedToTwoDecimalsEvenForAnIntegerIndicator(
      String value, TargetStatus expected, String actual) {
    TargetSpec spec = TargetSpec.atLeast(Measure.SHARE, bd("32"), HIGHER_IS_BETTER, 0);
    TargetEvaluation e = eval(spec, 2020, levels(2020, value));
    assertEquals(expected, e.status());
    assertEquals(bd(actual), e.actual());
  }

  @ParameterizedTest
  @CsvSource({
    "HIGHER_IS_BETTER, 31.5, MET", "HIGHER_IS_BETTER, 32.5, MET",
        "HIGHER_IS_BETTER, 32.51, EXCEEDED",
    "HIGHER_IS_BETTER, 31.49, NOT_MET", "LOWER_IS_BETTER, 32.51, NOT_MET",
        "LOWER_IS_BETTER, 31.49, EXCEEDED",
    "LOWER_IS_BETTER, 32.5, MET"
  })
  void approximatelyIncludesItsTolerance(Direction d, String value, TargetStatus expected) {
    TargetSpec spec = TargetSpec.approximately(Measure.SHARE, bd("32"), bd("0.5"), d, 1);
    TargetEvaluation e = eval(spec, 2020, levels(2020, value));
    assertEquals(expected, e.status());
    assertEquals(bd("31.50"), e.targetLow());
    assertEquals(bd("32.50"), e.targetHigh());
  }

  @ParameterizedTest
  @CsvSource({
    "HIGHER_IS_BETTER, 32, MET",
    "HIGHER_IS_BETTER, 30, MET",
    "HIGHER_IS_BETTER, 35, MET",
    "HIGHER_IS_BETTER, 36, EXCEEDED",
    "HIGHER_IS_BETTER, 28, NOT_MET",
    "LOWER_IS_BETTER, 28, EXCEEDED",
    "LOWER_IS_BETTER, 36, NOT_MET",
    "LOWER_IS_BETTER, 30, MET"
  })
  void rangeInsidePastTheFavourableEndAndPastTheUnfavourableEnd(
      Direction d, String value, TargetStatus expected) {
    TargetSpec spec = TargetSpec.range(Measure.SHARE, bd("30"), bd("35"), d, 1);
    TargetEvaluation e = eval(spec, 2020, levels(2020, value));
    assertEquals(expected, e.status());
    assertNull(e.target());
    assertEquals(bd("30.00"), e.targetLow());
    assertEquals(bd("35.00"), e.targetHigh());
  }

  @Test
  void sameDataIsNotYetMetWhileTheTermRunsAndNotMetOnceItIsOver() {
    // Average growth 2016-2019: (1.30^(1/4) − 1) × 100 = 6.78 % < 8 %.
    Series s = levels(2015, "100", "103", "120", "124", "130");
    TargetEvaluation running =
        evaluator.evaluate(new EvaluationInput(GROWTH_8, new TermSpan(2015, 2020), 2019, s), EN);
    TargetEvaluation over =
        evaluator.evaluate(new EvaluationInput(GROWTH_8, new TermSpan(2015, 2019), 2019, s), EN);
    assertEquals(bd("6.78"), running.actual());
    assertEquals(bd("6.78"), over.actual());
    assertEquals(NOT_YET_MET, running.status());
    assertEquals(NOT_MET, over.status());
    assertNull(over.projection());
  }

  @ParameterizedTest
  @CsvSource({
    // Both reach 130 in 2019. Reaching 100 × 1.08^5 = 146.93 in 2020 needs 146.93/130 − 1 = 13.03
    // %.
    "103, 120, 124, NOT_YET_MET, 16.50, 2017", // 120/103 − 1 = 16.50 % was seen in 2017
    "106.8, 113.9, 121.7, NOT_MET, 6.85, 2018" // smooth growth: at best 121.7/113.9 − 1 = 6.85 %
  })
  void notYetMetOrNotMetDependsOnTheBestYearlyRate(
      String y2016, String y2017, String y2018, TargetStatus expected, String best, int bestYear) {
    TargetEvaluation e = eval(GROWTH_8, 2019, levels(2015, "100", y2016, y2017, y2018, "130"));
    assertEquals(expected, e.status());
    assertNull(e.reason());
    assertEquals(
        new Projection(bd("13.03"), bd(best), bestYear, Projection.GROWTH_PERCENT), e.projection());
  }

  @Test
  void noTwoConsecutiveYearsMeansNoTrend() {
    // (1.1^(1/3) − 1) × 100 = 3.23 %; reaching 146.93 from 110 in 2 years needs 15.57 %/year.
    TargetEvaluation e = eval(GROWTH_8, 2018, levels(2015, "100", null, null, "110"));
    assertEquals(NOT_YET_MET, e.status());
    assertEquals(Reasons.NO_TREND, e.reason());
    assertEquals(
        new Projection(bd("15.57"), null, null, Projection.GROWTH_PERCENT), e.projection());
  }

  @Test
  void missingDataGivesNoDataWithAReasonNeverZero() {
    TargetEvaluation e = eval(GROWTH_8, 2019, levels(2015, "100", "105"));
    assertEquals(NO_DATA, e.status());
    assertEquals("MISSING_VALUE:2019", e.reason());
    assertNull(e.actual());
    assertNull(e.achievementRatio());
    assertNull(e.projection());
    assertEquals(bd("8.00"), e.target());
    assertEquals(
        "MISSING_BASE:2015", eval(GROWTH_8, 2019, levels(2016, "105", null, null, "130")).reason());
  }

  @Test
  void mixedPovertyStandardsGiveNoData() {
    TargetSpec spec =
        TargetSpec.atLeast(Measure.PERCENTAGE_POINT_CHANGE, bd("1"), LOWER_IS_BETTER, 2);
    Series s = series(poor(2015, "10.0", "2011-2015"), poor(2019, "6.4", "2016-2020"));
    TargetEvaluation e = eval(spec, 2019, s);
    assertEquals(NO_DATA, e.status());
    assertEquals(Reasons.MIXED_POVERTY_STANDARDS, e.reason());
    assertEquals(Warning.MIXED_POVERTY_STANDARDS, e.warnings().get(0).code());
  }

  @Test
  void bestStatusIsChosenAndReportedInInputs() {
    Series s =
        series(
            off(2015, "100"),
            est(2015, "99"),
            est(2019, "140"),
            off(2019, "137.3"),
            plan(2019, "150"));
    TargetEvaluation e = eval(GROWTH_8, 2019, s);
    assertEquals(bd("8.25"), e.actual());
    assertEquals(
        List.of(
            new InputUsed("IND", "PROV", 2019, bd("137.3"), ObservationStatus.OFFICIAL),
            new InputUsed("IND", "PROV", 2015, bd("100"), ObservationStatus.OFFICIAL)),
        e.inputs());
    assertEquals(2, e.warnings().size());
    assertTrue(
        e.warnings().stream()
            .allMatch(w -> w.code().equals(Warning.ESTIMATE_WHERE_OFFICIAL_EXISTS)));
  }

  @Test
  void planIsNeverTheActual() {
    TargetEvaluation e = eval(GROWTH_8, 2019, series(off(2015, "100"), plan(2019, "150")));
    assertEquals(NO_DATA, e.status());
    assertEquals("MISSING_VALUE:2019", e.reason());
  }

  @ParameterizedTest
  @ValueSource(ints = {2014, 2015, 2021})
  void yearOutsideTheTermIsAnInvalidArgument(int year) {
    assertThrows(
        IllegalArgumentException.class, () -> eval(GROWTH_8, year, levels(2015, "100", "110")));
  }
}
