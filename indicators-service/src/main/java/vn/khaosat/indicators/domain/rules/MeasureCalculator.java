package vn.khaosat.indicators.domain.rules;

import static vn.khaosat.indicators.domain.rules.Decimals.HUNDRED;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * Computes a measure from observations (tính chỉ tiêu), unrounded, with the inputs it used; a
 * missing or unusable input gives a null value and a reason, never 0.
 */
public final class MeasureCalculator {

  /** Computes with warning messages in Vietnamese. */
  public MeasureResult compute(MeasureInput in) {
    return compute(in, Messages.VIETNAMESE);
  }

  /**
   * Computes with warning messages in the locale's language.
   *
   * @throws IllegalArgumentException when the measure is a rate over the years since the base and
   *     the year is the base year itself
   */
  public MeasureResult compute(MeasureInput in, Locale locale) {
    Objects.requireNonNull(in, "in");
    if (in.measure().needsElapsedYears() && in.year() <= in.baseYear()) {
      throw new IllegalArgumentException(
          in.measure()
              + " needs a year after the base year "
              + in.baseYear()
              + ", got "
              + in.year());
    }
    InputCollector c = new InputCollector(Messages.of(locale));
    return switch (in.measure()) {
      case LEVEL, CUMULATIVE -> level(in, c);
      case AVERAGE_GROWTH, AVERAGE_RELATIVE_REDUCTION, INDEX_TO_BASE, PERCENTAGE_POINT_CHANGE ->
          againstBase(in, c);
      case MEAN_OF_YEARLY_RATES -> meanOfYearlyRates(in, c);
      case SHARE -> share(in, c);
      case RATIO_TO_UNIT -> ratioToUnit(in, c);
    };
  }

  private MeasureResult level(MeasureInput in, InputCollector c) {
    ObservedValue now = c.take(in.main(), in.year());
    return now == null ? c.missing(Reasons.MISSING_VALUE, in.year()) : c.value(now.value());
  }

  private MeasureResult againstBase(MeasureInput in, InputCollector c) {
    // The evaluation year is taken first so that its poverty standard governs the base chosen.
    ObservedValue now = c.take(in.main(), in.year());
    if (now == null) {
      return c.missing(Reasons.MISSING_VALUE, in.year());
    }
    ObservedValue base = c.take(in.main(), in.baseYear());
    if (base == null) {
      return c.missing(Reasons.MISSING_BASE, in.baseYear());
    }
    if (c.mixedStandards()) {
      return c.mixed();
    }
    int n = in.year() - in.baseYear();
    if (in.measure() == Measure.PERCENTAGE_POINT_CHANGE) {
      return c.value(Decimals.divide(base.value().subtract(now.value()), n));
    }
    if (base.value().signum() == 0) {
      return c.missing(Reasons.ZERO_BASE, in.baseYear());
    }
    BigDecimal ratio = Decimals.divide(now.value(), base.value());
    if (in.measure() == Measure.INDEX_TO_BASE) {
      return c.value(ratio.multiply(HUNDRED));
    }
    if (ratio.signum() < 0) {
      return c.missing(Reasons.NEGATIVE_RATIO);
    }
    BigDecimal growth = Decimals.growthPercent(ratio, n);
    return c.value(in.measure() == Measure.AVERAGE_GROWTH ? growth : growth.negate());
  }

  private MeasureResult meanOfYearlyRates(MeasureInput in, InputCollector c) {
    if (c.take(in.main(), in.year()) == null) {
      return c.missing(Reasons.MISSING_VALUE, in.year());
    }
    for (int y = in.baseYear(); y < in.year(); y++) {
      if (c.take(in.main(), y) == null) {
        return c.missing(y == in.baseYear() ? Reasons.MISSING_BASE : Reasons.MISSING_VALUE, y);
      }
    }
    if (c.mixedStandards()) {
      return c.mixed();
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (int y = in.baseYear() + 1; y <= in.year(); y++) {
      BigDecimal prev = c.take(in.main(), y - 1).value();
      if (prev.signum() == 0) {
        return c.missing(y - 1 == in.baseYear() ? Reasons.ZERO_BASE : Reasons.ZERO_VALUE, y - 1);
      }
      sum = sum.add(Decimals.yearlyGrowth(prev, c.take(in.main(), y).value()));
    }
    return c.value(Decimals.divide(sum, in.year() - in.baseYear()));
  }

  private MeasureResult share(MeasureInput in, InputCollector c) {
    ObservedValue part = c.take(in.main(), in.year());
    if (part == null) {
      return c.missing(Reasons.MISSING_VALUE, in.year());
    }
    if (in.total() == null) {
      return c.value(part.value()); // no total series: the values are already percentages
    }
    ObservedValue total = c.take(in.total(), in.year());
    if (total == null) {
      return c.missing(Reasons.MISSING_TOTAL, in.year());
    }
    if (c.mixedStandards()) {
      return c.mixed();
    }
    if (total.value().signum() == 0) {
      return c.missing(Reasons.ZERO_TOTAL, in.year());
    }
    return c.value(Decimals.percent(part.value(), total.value()));
  }

  private MeasureResult ratioToUnit(MeasureInput in, InputCollector c) {
    ObservedValue unit = c.take(in.main(), in.year());
    if (unit == null) {
      return c.missing(Reasons.MISSING_VALUE, in.year());
    }
    ObservedValue reference = c.take(in.reference(), in.year());
    if (reference == null) {
      return c.missing(Reasons.MISSING_REFERENCE, in.year());
    }
    if (c.mixedStandards()) {
      return c.mixed();
    }
    if (reference.value().signum() == 0) {
      return c.missing(Reasons.ZERO_REFERENCE, in.year());
    }
    return c.value(Decimals.percent(unit.value(), reference.value()));
  }
}
