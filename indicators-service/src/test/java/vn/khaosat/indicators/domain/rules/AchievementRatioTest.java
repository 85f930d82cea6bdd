package vn.khaosat.indicators.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.khaosat.indicators.domain.rules.Direction.HIGHER_IS_BETTER;
import static vn.khaosat.indicators.domain.rules.Direction.LOWER_IS_BETTER;
import static vn.khaosat.indicators.domain.rules.Fixtures.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Achievement ratio: A/T, gap closure for lower-is-better, null on division by zero. */
class AchievementRatioTest {

  @ParameterizedTest
  @CsvSource({
    "HIGHER_IS_BETTER, 8.25, 8.00, , 103.13", // A/T
    "LOWER_IS_BETTER, 16.0, 15.0, 20.0, 80.00", // (20 − 16) / (20 − 15)
    "LOWER_IS_BETTER, 14.0, 15.0, 20.0, 120.00",
    "LOWER_IS_BETTER, 16.0, 15.0, , 93.75", // no base: T/A
    "LOWER_IS_BETTER, 16.0, 15.0, 14.0, 93.75", // base already better than T: T/A
    "LOWER_IS_BETTER, 16.0, 15.0, 15.0, 93.75"
  })
  void ratio(Direction goal, String actual, String target, String base, String expected) {
    assertEquals(bd(expected), AchievementRatio.of(goal, bd(actual), bd(target), bd(base)));
  }

  @Test
  void divisionByZeroGivesNullNotZero() {
    assertNull(AchievementRatio.of(HIGHER_IS_BETTER, bd("5"), bd("0"), null));
    assertNull(AchievementRatio.of(LOWER_IS_BETTER, bd("0"), bd("0"), null));
  }

  @Test
  void evaluatorUsesTheBaseYearShareForGapClosure() {
    // Share of agriculture 40 % in 2015, at most 30 % wanted, 34 % in 2020: (40 − 34)/(40 − 30) =
    // 60 %.
    TargetSpec spec = TargetSpec.atMost(Measure.SHARE, bd("30"), LOWER_IS_BETTER, 1);
    TargetEvaluation e =
        new TargetEvaluator()
            .evaluate(
                new EvaluationInput(
                    spec, TERM, 2020, levels(2015, "40", null, null, null, null, "34")),
                EN);
    assertEquals(bd("60.00"), e.achievementRatio());
    TargetEvaluation noBase =
        new TargetEvaluator()
            .evaluate(new EvaluationInput(spec, TERM, 2020, levels(2020, "34")), EN);
    assertEquals(bd("88.24"), noBase.achievementRatio()); // 30 / 34
  }
}
