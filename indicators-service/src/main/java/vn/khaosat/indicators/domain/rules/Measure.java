package vn.khaosat.indicators.domain.rules;

/**
 * How a target turns observations into the figure compared with it (cách tính chỉ tiêu). With A the
 * actual, V a level and n = t − B the years since the base year.
 */
public enum Measure {
  /** V in the evaluation year (mức đạt được). */
  LEVEL,
  /** Geometric mean growth ((V_t / V_B)^(1/n) − 1) × 100 (tốc độ tăng bình quân). */
  AVERAGE_GROWTH,
  /** Arithmetic mean of the yearly growth rates B+1..t. */
  MEAN_OF_YEARLY_RATES,
  /** V_t / V_B × 100 (chỉ số so với năm gốc). */
  INDEX_TO_BASE,
  /** V_part / V_total × 100, or the percentage itself without a total (tỷ trọng). */
  SHARE,
  /** (1 − (N_t / N_B)^(1/n)) × 100, e.g. poor households "so với năm trước". */
  AVERAGE_RELATIVE_REDUCTION,
  /** (rate_B − rate_t) / n, a fall in percentage points a year. */
  PERCENTAGE_POINT_CHANGE,
  /** V_unit / V_reference × 100 in the same year ("bằng mức bình quân của tỉnh"). */
  RATIO_TO_UNIT,
  /** Running total: the observation of year t is already the total (lũy kế). */
  CUMULATIVE;

  /** Measures of a fall are better when higher if the indicator is better when lower. */
  public boolean measuresFall() {
    return this == AVERAGE_RELATIVE_REDUCTION || this == PERCENTAGE_POINT_CHANGE;
  }

  /**
   * The direction in which this measure's value improves for an indicator of the given direction.
   */
  public Direction effectiveDirection(Direction indicator) {
    return measuresFall() ? indicator.opposite() : indicator;
  }

  /** True when the value is a percentage or rate rather than a figure in the indicator's unit. */
  public boolean yieldsRate() {
    return this != LEVEL && this != CUMULATIVE;
  }

  /** Decimals the actual and the target are rounded to before they are compared. */
  public int scale(int indicatorDecimals) {
    return yieldsRate() ? Math.max(2, indicatorDecimals) : indicatorDecimals;
  }

  /** True when the measure is a rate over the years since the base, so it needs t > B. */
  public boolean needsElapsedYears() {
    return this == AVERAGE_GROWTH
        || this == MEAN_OF_YEARLY_RATES
        || this == AVERAGE_RELATIVE_REDUCTION
        || this == PERCENTAGE_POINT_CHANGE;
  }

  /** True when the measure also has a value in the base year itself (used for gap closure). */
  public boolean hasBaseYearValue() {
    return !needsElapsedYears();
  }
}
