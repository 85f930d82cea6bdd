package vn.khaosat.indicators.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.khaosat.indicators.domain.rules.Fixtures.*;
import static vn.khaosat.indicators.domain.rules.Measure.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every measure on its own, its missing-data reasons, status choice and poverty standards. */
class MeasureCalculatorTest {
  private final MeasureCalculator calc = new MeasureCalculator();

  private MeasureResult compute(Measure m, Series main) {
    return calc.compute(new MeasureInput(m, 2019, 2015, main), EN);
  }

  private static BigDecimal scaled(MeasureResult r, int scale) {
    return r.value().setScale(scale, RoundingMode.HALF_UP);
  }

  @Test
  void levelIsTheValueOfTheYear() {
    MeasureResult r = compute(LEVEL, levels(2015, "40", null, null, null, "44.4"));
    assertNumber("44.4", r.value());
    assertEquals(
        List.of(new InputUsed("IND", "PROV", 2019, bd("44.4"), ObservationStatus.OFFICIAL)),
        r.inputs());
  }

  @Test
  void averageGrowthIsGeometric() {
    // 137.3 % of 2015 after four years: (1.373^(1/4) − 1) × 100 = 8.24744… ≈ 8.25 %/year.
    MeasureResult r = compute(AVERAGE_GROWTH, levels(2015, "100", null, null, null, "137.3"));
    assertNumber("8.24744", scaled(r, 5));
    assertEquals(2, r.inputs().size());
  }

  @Test
  void meanOfYearlyRatesIsArithmetic() {
    // Yearly rates 5 %, 3 %, 10 % → mean 6 %, whereas the geometric mean is 5.96 %.
    Series s = levels(2015, "100", "105", "108.15", "118.965");
    assertNumber("6", calc.compute(new MeasureInput(MEAN_OF_YEARLY_RATES, 2018, 2015, s)).value());
    assertNumber("5.96", scaled(calc.compute(new MeasureInput(AVERAGE_GROWTH, 2018, 2015, s)), 2));
  }

  @Test
  void meanOfYearlyRatesNeedsEveryYear() {
    MeasureResult r = compute(MEAN_OF_YEARLY_RATES, levels(2015, "100", "105", null, "110", "112"));
    assertNull(r.value());
    assertEquals("MISSING_VALUE:2017", r.missingReason());
    MeasureResult zero = compute(MEAN_OF_YEARLY_RATES, levels(2015, "100", "0", "5", "6", "7"));
    assertEquals("ZERO_VALUE:2016", zero.missingReason());
  }

  @Test
  void indexToBaseIsPercentOfTheBaseYear() {
    assertNumber(
        "137.3", compute(INDEX_TO_BASE, levels(2015, "100", null, null, null, "137.3")).value());
    assertNumber(
        "125", compute(INDEX_TO_BASE, levels(2015, "80", null, null, null, "100")).value());
    // The base year itself is allowed for a level-type measure and gives 100.
    assertNumber(
        "100",
        calc.compute(new MeasureInput(INDEX_TO_BASE, 2015, 2015, levels(2015, "80"))).value());
  }

  @Test
  void shareDividesByTheTotalOrIsThePercentageItself() {
    Series part = levels(2019, "336");
    Series total = named("TOTAL", off(2019, "1050"));
    MeasureResult r = calc.compute(new MeasureInput(SHARE, 2019, 2015, part, total, null));
    assertNumber("32", r.value()); // 336 / 1050 × 100
    assertEquals(2, r.inputs().size());
    assertNumber("32.5", compute(SHARE, levels(2019, "32.5")).value());
  }

  @Test
  void shareReasonsWhenTheTotalIsMissingOrZero() {
    Series part = levels(2019, "336");
    MeasureResult missing =
        calc.compute(
            new MeasureInput(SHARE, 2019, 2015, part, named("TOTAL", off(2018, "1")), null));
    assertEquals("MISSING_TOTAL:2019", missing.missingReason());
    MeasureResult zero =
        calc.compute(
            new MeasureInput(SHARE, 2019, 2015, part, named("TOTAL", off(2019, "0")), null));
    assertEquals("ZERO_TOTAL:2019", zero.missingReason());
    assertNull(zero.value());
  }

  @Test
  void averageRelativeReductionOfPoorHouseholds() {
    // 3,000 poor households in 2015, 1,580 in 2019: 1580/3000 = 0.526667, its 4th root 0.851891,
    // so (1 − 0.851891) × 100 = 14.81 % fewer a year.
    MeasureResult r =
        compute(AVERAGE_RELATIVE_REDUCTION, levels(2015, "3000", null, null, null, "1580"));
    assertNumber("14.8109", scaled(r, 4));
  }

  @Test
  void percentagePointChangeIsTheYearlyFall() {
    // Poverty rate 10.0 % in 2015, 6.4 % in 2019: (10.0 − 6.4) / 4 = 0.9 point a year.
    assertNumber(
        "0.9",
        compute(PERCENTAGE_POINT_CHANGE, levels(2015, "10.0", null, null, null, "6.4")).value());
  }

  @Test
  void ratioToUnitComparesWithTheReferenceInTheSameYear() {
    Series reference = Series.of("IND", "PROVINCE", off(2019, "60"), off(2018, "1"));
    MeasureResult r =
        calc.compute(
            new MeasureInput(RATIO_TO_UNIT, 2019, 2015, levels(2019, "45"), null, reference));
    assertNumber("75", r.value());
    assertEquals("PROVINCE", r.inputs().get(1).unitCode());
  }

  @Test
  void ratioToUnitReasons() {
    Series unit = levels(2019, "45");
    assertEquals("MISSING_REFERENCE:2019", compute(RATIO_TO_UNIT, unit).missingReason());
    Series zero = Series.of("IND", "PROVINCE", off(2019, "0"));
    assertEquals(
        "ZERO_REFERENCE:2019",
        calc.compute(new MeasureInput(RATIO_TO_UNIT, 2019, 2015, unit, null, zero))
            .missingReason());
  }

  @Test
  void cumulativeIsTheLatestRunningTotal() {
    assertNumber("37", compute(CUMULATIVE, levels(2015, "10", "14", "20", "30", "37")).value());
  }

  @ParameterizedTest
  @EnumSource(Measure.class)
  void noValueInTheYearGivesNoDataNeverZero(Measure m) {
    MeasureResult r = compute(m, levels(2015, "100", "101", "102", "103"));
    assertNull(r.value());
    assertEquals("MISSING_VALUE:2019", r.missingReason());
  }

  @ParameterizedTest
  @EnumSource(
      value = Measure.class,
      names = {
        "AVERAGE_GROWTH",
        "INDEX_TO_BASE",
        "AVERAGE_RELATIVE_REDUCTION",
        "PERCENTAGE_POINT_CHANGE",
        "MEAN_OF_YEARLY_RATES"
      })
  void noBaseValueGivesMissingBase(Measure m) {
    MeasureResult r = compute(m, levels(2016, "101", "102", "103", "104"));
    assertNull(r.value());
    assertEquals("MISSING_BASE:2015", r.missingReason());
  }

  @ParameterizedTest
  @EnumSource(
      value = Measure.class,
      names = {"AVERAGE_GROWTH", "INDEX_TO_BASE", "AVERAGE_RELATIVE_REDUCTION"})
  void zeroBaseGivesZeroBase(Measure m) {
    assertEquals(
        "ZERO_BASE:2015", compute(m, levels(2015, "0", null, null, null, "5")).missingReason());
  }

  @Test
  void negativeRatioHasNoGeometricMean() {
    assertEquals(
        "NEGATIVE_RATIO",
        compute(AVERAGE_GROWTH, levels(2015, "-10", null, null, null, "5")).missingReason());
  }

  @Test
  void bestStatusIsUsedAndReportedWithAWarningWhenTheEstimateDiffers() {
    Series s = series(off(2015, "100"), est(2019, "140"), off(2019, "137.3"));
    MeasureResult r = compute(INDEX_TO_BASE, s);
    assertNumber("137.3", r.value());
    assertEquals(ObservationStatus.OFFICIAL, r.inputs().get(0).status());
    assertEquals(Warning.ESTIMATE_WHERE_OFFICIAL_EXISTS, r.warnings().get(0).code());
    assertEquals(
        "The estimate for 2019, 140, differs from the official figure 137.3.",
        r.warnings().get(0).message());
  }

  @Test
  void planIsNeverUsedAsActual() {
    assertEquals("MISSING_VALUE:2019", compute(LEVEL, series(plan(2019, "150"))).missingReason());
    MeasureResult r = compute(LEVEL, series(plan(2019, "150"), est(2019, "137")));
    assertNumber("137", r.value());
    assertEquals(ObservationStatus.ESTIMATE, r.inputs().get(0).status());
  }

  @Test
  void mixedPovertyStandardsGiveNoDataAndAWarning() {
    Series s = series(poor(2015, "10.0", "2011-2015"), poor(2019, "6.4", "2016-2020"));
    MeasureResult r = compute(PERCENTAGE_POINT_CHANGE, s);
    assertNull(r.value());
    assertEquals(Reasons.MIXED_POVERTY_STANDARDS, r.missingReason());
    assertEquals(Warning.MIXED_POVERTY_STANDARDS, r.warnings().get(0).code());
    assertEquals(
        "The figures compared use different poverty standards: 2016-2020, 2011-2015.",
        r.warnings().get(0).message());
  }

  @Test
  void aBaseRestatedUnderTheNewStandardIsPreferred() {
    ObservedValue restated =
        new ObservedValue(2015, bd("12.0"), ObservationStatus.ESTIMATE, "2016-2020");
    Series s = series(poor(2015, "10.0", "2011-2015"), restated, poor(2019, "6.4", "2016-2020"));
    MeasureResult r = compute(PERCENTAGE_POINT_CHANGE, s);
    assertNumber("1.4", r.value()); // (12.0 − 6.4) / 4
    assertTrue(r.warnings().isEmpty());
  }

  @Test
  void aFigureWithoutStandardMixesWithAnyStandard() {
    // Poor households (standard 2016-2020) over all households (no standard).
    Series poorHouseholds = series(poor(2019, "1580", "2016-2020"));
    Series households = named("HH", off(2019, "50000"));
    MeasureResult r =
        calc.compute(new MeasureInput(SHARE, 2019, 2015, poorHouseholds, households, null));
    assertNumber("3.16", r.value());
  }

  @Test
  void ratesNeedAYearAfterTheBase() {
    assertThrows(
        IllegalArgumentException.class,
        () -> calc.compute(new MeasureInput(AVERAGE_GROWTH, 2015, 2015, levels(2015, "1"))));
  }
}
