package vn.khaosat.indicators.domain.rules;

import java.math.BigDecimal;

/**
 * The yearly progress still needed to reach the target by the last year against the best yearly
 * progress seen so far (dự báo khả năng đạt), both in the unit named by {@code basis} and signed so
 * that larger means more progress. {@code bestYearlyRate} and {@code bestYear} are null without a
 * trend.
 */
public record Projection(
    BigDecimal requiredYearlyRate, BigDecimal bestYearlyRate, Integer bestYear, String basis) {
  /** Growth of a level in % a year. */
  public static final String GROWTH_PERCENT = "GROWTH_PERCENT";

  /** Reduction of a level in % a year. */
  public static final String REDUCTION_PERCENT = "REDUCTION_PERCENT";

  /** Rise of a percentage in points a year. */
  public static final String POINTS_RISE = "POINTS_RISE";

  /** Fall of a percentage in points a year. */
  public static final String POINTS_FALL = "POINTS_FALL";

  /** Increase of a level in its own unit a year. */
  public static final String INCREMENT = "INCREMENT";

  /** Decrease of a level in its own unit a year. */
  public static final String DECREMENT = "DECREMENT";

  /** True when the trend is known and the required rate is no more than the best seen. */
  public boolean withinBest() {
    return bestYearlyRate != null && requiredYearlyRate.compareTo(bestYearlyRate) <= 0;
  }
}
