package vn.khaosat.indicators.domain.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** BigDecimal arithmetic shared by the rules (phép tính thập phân). */
final class Decimals {
  static final MathContext MC = MathContext.DECIMAL64;
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Decimals() {}

  static BigDecimal divide(BigDecimal a, BigDecimal b) {
    return a.divide(b, MC);
  }

  static BigDecimal divide(BigDecimal a, int b) {
    return a.divide(BigDecimal.valueOf(b), MC);
  }

  /** a / b × 100; b must not be zero. */
  static BigDecimal percent(BigDecimal a, BigDecimal b) {
    return divide(a, b).multiply(HUNDRED, MC);
  }

  /**
   * ratio^(1/n). BigDecimal has no fractional power, so this goes through double, which is precise
   * enough for rates published with a few decimals; ratio must not be negative.
   */
  static BigDecimal root(BigDecimal ratio, int n) {
    return new BigDecimal(Math.pow(ratio.doubleValue(), 1.0 / n), MC);
  }

  /** (ratio^(1/n) − 1) × 100: the yearly growth in % that compounds to ratio over n years. */
  static BigDecimal growthPercent(BigDecimal ratio, int n) {
    return root(ratio, n).subtract(BigDecimal.ONE).multiply(HUNDRED, MC);
  }

  /** (cur / prev − 1) × 100. */
  static BigDecimal yearlyGrowth(BigDecimal prev, BigDecimal cur) {
    return divide(cur, prev).subtract(BigDecimal.ONE).multiply(HUNDRED, MC);
  }

  /** Half-up rounding; null stays null. */
  static BigDecimal round(BigDecimal v, int scale) {
    return v == null ? null : v.setScale(scale, RoundingMode.HALF_UP);
  }
}
