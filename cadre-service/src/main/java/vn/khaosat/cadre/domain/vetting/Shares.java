package vn.khaosat.cadre.domain.vetting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact percentage arithmetic. Thresholds are compared by cross-multiplying integers with
 * BigDecimal, never with doubles, so that 3 of 20 is exactly 15 %.
 */
final class Shares {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Shares() {}

  /** count / total ≥ percent / 100. */
  static boolean atLeast(int count, int total, BigDecimal percent) {
    return scaled(count).compareTo(percent.multiply(BigDecimal.valueOf(total))) >= 0;
  }

  /** count / total ≤ percent / 100. */
  static boolean atMost(int count, int total, BigDecimal percent) {
    return scaled(count).compareTo(percent.multiply(BigDecimal.valueOf(total))) <= 0;
  }

  /** count / total as a percentage with one decimal, HALF_UP, e.g. "15.0"; total must be > 0. */
  static String percent(int count, int total) {
    return scaled(count).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP).toPlainString();
  }

  /** A parameter as text without trailing zeros, e.g. "15" or "12.5". */
  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /** Largest count whose share of total does not exceed percent (floor). */
  static int largestWithin(int total, BigDecimal percent) {
    return percent
        .multiply(BigDecimal.valueOf(total))
        .divide(HUNDRED, 0, RoundingMode.FLOOR)
        .intValueExact();
  }

  private static BigDecimal scaled(int count) {
    return BigDecimal.valueOf(count * 100L);
  }
}
