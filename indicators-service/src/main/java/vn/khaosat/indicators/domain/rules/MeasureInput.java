package vn.khaosat.indicators.domain.rules;

import java.util.Objects;

/**
 * What {@link MeasureCalculator} needs (đầu vào tính chỉ tiêu): {@code total} only for SHARE (null
 * when the main values are already percentages), {@code reference} only for RATIO_TO_UNIT.
 */
public record MeasureInput(
    Measure measure, int year, int baseYear, Series main, Series total, Series reference) {

  public MeasureInput {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(main, "main");
    if (year < baseYear) {
      throw new IllegalArgumentException("Year " + year + " is before the base year " + baseYear);
    }
  }

  /** Input that needs only the main series. */
  public MeasureInput(Measure measure, int year, int baseYear, Series main) {
    this(measure, year, baseYear, main, null, null);
  }
}
