package vn.khaosat.indicators.domain.rules;

import java.math.BigDecimal;

/** Which way an indicator, or a measure of it, improves (chiều tốt lên của chỉ tiêu). */
public enum Direction {
  HIGHER_IS_BETTER,
  LOWER_IS_BETTER;

  /** The other direction. */
  public Direction opposite() {
    return this == HIGHER_IS_BETTER ? LOWER_IS_BETTER : HIGHER_IS_BETTER;
  }

  /** True when {@code a} is strictly better than {@code b} in this direction. */
  public boolean isBetter(BigDecimal a, BigDecimal b) {
    int c = a.compareTo(b);
    return this == HIGHER_IS_BETTER ? c > 0 : c < 0;
  }
}
