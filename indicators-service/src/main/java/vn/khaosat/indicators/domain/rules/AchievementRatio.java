package vn.khaosat.indicators.domain.rules;

import java.math.BigDecimal;

/** The achievement ratio in % (tỷ lệ hoàn thành), rounded to 2 decimals; null when undefined. */
final class AchievementRatio {

  private AchievementRatio() {}

  /**
   * A/T × 100 when higher is better. When lower is better, gap closure (B − A)/(B − T) × 100 if the
   * measure's base-year value B lies on the unfavourable side of T, else T/A × 100: a base already
   * at or past the target leaves no gap to close.
   */
  static BigDecimal of(Direction goal, BigDecimal actual, BigDecimal target, BigDecimal baseValue) {
    if (goal == Direction.HIGHER_IS_BETTER) {
      return percent(actual, target);
    }
    if (baseValue != null && baseValue.compareTo(target) > 0) {
      return percent(baseValue.subtract(actual), baseValue.subtract(target));
    }
    return percent(target, actual);
  }

  private static BigDecimal percent(BigDecimal a, BigDecimal b) {
    return b.signum() == 0 ? null : Decimals.round(Decimals.percent(a, b), 2);
  }
}
