package vn.khaosat.indicators.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.khaosat.indicators.domain.rules.Direction.HIGHER_IS_BETTER;
import static vn.khaosat.indicators.domain.rules.Direction.LOWER_IS_BETTER;
import static vn.khaosat.indicators.domain.rules.Fixtures.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Effective direction, rounding scale, status ranks and labels. */
class EnumsTest {

  @ParameterizedTest
  @CsvSource({
    "LEVEL, HIGHER_IS_BETTER, HIGHER_IS_BETTER",
    "LEVEL, LOWER_IS_BETTER, LOWER_IS_BETTER",
    "AVERAGE_GROWTH, HIGHER_IS_BETTER, HIGHER_IS_BETTER",
    "MEAN_OF_YEARLY_RATES, LOWER_IS_BETTER, LOWER_IS_BETTER",
    "INDEX_TO_BASE, HIGHER_IS_BETTER, HIGHER_IS_BETTER",
    "SHARE, LOWER_IS_BETTER, LOWER_IS_BETTER",
    "RATIO_TO_UNIT, HIGHER_IS_BETTER, HIGHER_IS_BETTER",
    "CUMULATIVE, HIGHER_IS_BETTER, HIGHER_IS_BETTER",
    "AVERAGE_RELATIVE_REDUCTION, LOWER_IS_BETTER, HIGHER_IS_BETTER",
    "AVERAGE_RELATIVE_REDUCTION, HIGHER_IS_BETTER, LOWER_IS_BETTER",
    "PERCENTAGE_POINT_CHANGE, LOWER_IS_BETTER, HIGHER_IS_BETTER",
    "PERCENTAGE_POINT_CHANGE, HIGHER_IS_BETTER, LOWER_IS_BETTER"
  })
  void effectiveDirectionFlipsOnlyForMeasuresOfAFall(
      Measure m, Direction indicator, Direction expected) {
    assertEquals(expected, m.effectiveDirection(indicator));
  }

  @ParameterizedTest
  @CsvSource({
    "LEVEL, 0, 0",
    "LEVEL, 3, 3",
    "CUMULATIVE, 1, 1",
    "AVERAGE_GROWTH, 0, 2",
    "SHARE, 1, 2",
    "INDEX_TO_BASE, 3, 3",
    "PERCENTAGE_POINT_CHANGE, 2, 2"
  })
  void levelsRoundToIndicatorDecimalsRatesToAtLeastTwo(Measure m, int decimals, int expected) {
    assertEquals(expected, m.scale(decimals));
  }

  @Test
  void directionComparesStrictly() {
    assertTrue(HIGHER_IS_BETTER.isBetter(bd("2"), bd("1.0")));
    assertFalse(HIGHER_IS_BETTER.isBetter(bd("1"), bd("1.00")));
    assertTrue(LOWER_IS_BETTER.isBetter(bd("1"), bd("2")));
    assertEquals(LOWER_IS_BETTER, HIGHER_IS_BETTER.opposite());
  }

  @Test
  void observationRanksOrderFinality() {
    assertTrue(ObservationStatus.OFFICIAL.rank() > ObservationStatus.PRELIMINARY.rank());
    assertTrue(ObservationStatus.PRELIMINARY.rank() > ObservationStatus.ESTIMATE.rank());
    assertFalse(ObservationStatus.PLAN.isActual());
    assertEquals("số ước", ObservationStatus.ESTIMATE.labelVi());
  }

  @ParameterizedTest
  @CsvSource({
    "EXCEEDED, Vượt, Exceeded",
    "MET, Đạt, Met",
    "NOT_YET_MET, Chưa đạt, Not yet met",
    "NOT_MET, Không đạt, Not met",
    "NO_DATA, Chưa có số liệu, No data"
  })
  void targetStatusLabels(TargetStatus s, String vi, String en) {
    assertEquals(vi, s.labelVi());
    assertEquals(en, s.labelEn());
    assertEquals(vi, s.label(VI));
    assertEquals(en, s.label(EN));
  }
}
