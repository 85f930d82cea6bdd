package vn.khaosat.indicators.domain.rules;

import java.math.BigDecimal;

/**
 * A target rounded like the actual and read in the direction it must be reached (chỉ tiêu đã làm
 * tròn). AT_LEAST is reached upwards and AT_MOST downwards whatever the indicator; APPROXIMATELY
 * and RANGE follow the measure's effective direction.
 */
final class RoundedTarget {
  private final Comparator comparator;
  private final Direction goal;
  private final int scale;
  private final BigDecimal value;
  private final BigDecimal low;
  private final BigDecimal high;
  private final BigDecimal tolerance;

  private RoundedTarget(TargetSpec spec) {
    comparator = spec.comparator();
    scale = spec.measure().scale(spec.decimals());
    value = Decimals.round(spec.value(), scale);
    low = Decimals.round(spec.low(), scale);
    high = Decimals.round(spec.high(), scale);
    tolerance = Decimals.round(spec.tolerance(), scale);
    goal =
        switch (comparator) {
          case AT_LEAST -> Direction.HIGHER_IS_BETTER;
          case AT_MOST -> Direction.LOWER_IS_BETTER;
          case APPROXIMATELY, RANGE -> spec.measure().effectiveDirection(spec.direction());
        };
  }

  static RoundedTarget of(TargetSpec spec) {
    return new RoundedTarget(spec);
  }

  Direction goal() {
    return goal;
  }

  int scale() {
    return scale;
  }

  /** EXCEEDED, MET, or null when the (rounded) actual has not reached the target. */
  TargetStatus reached(BigDecimal actual) {
    boolean met =
        switch (comparator) {
          case AT_LEAST, AT_MOST -> actual.compareTo(value) == 0;
          case APPROXIMATELY -> actual.subtract(value).abs().compareTo(tolerance) <= 0;
          case RANGE -> actual.compareTo(low) >= 0 && actual.compareTo(high) <= 0;
        };
    if (met) {
      return TargetStatus.MET;
    }
    BigDecimal favourableEnd =
        comparator == Comparator.RANGE ? (goal == Direction.HIGHER_IS_BETTER ? high : low) : value;
    return goal.isBetter(actual, favourableEnd) ? TargetStatus.EXCEEDED : null;
  }

  /** The figure that still has to be reached: the nearer bound of a range or tolerance band. */
  BigDecimal boundToReach() {
    boolean up = goal == Direction.HIGHER_IS_BETTER;
    return switch (comparator) {
      case AT_LEAST, AT_MOST -> value;
      case APPROXIMATELY -> up ? value.subtract(tolerance) : value.add(tolerance);
      case RANGE -> up ? low : high;
    };
  }

  /** T of the achievement ratio: the value, or for a range the bound to reach. */
  BigDecimal ratioTarget() {
    return comparator == Comparator.RANGE ? boundToReach() : value;
  }

  /** The single target value; null for RANGE. */
  BigDecimal target() {
    return comparator == Comparator.RANGE ? null : value;
  }

  /** Lower end of the range or tolerance band; null otherwise. */
  BigDecimal low() {
    return comparator == Comparator.APPROXIMATELY ? value.subtract(tolerance) : low;
  }

  /** Upper end of the range or tolerance band; null otherwise. */
  BigDecimal high() {
    return comparator == Comparator.APPROXIMATELY ? value.add(tolerance) : high;
  }

  BigDecimal value() {
    return value;
  }

  BigDecimal tolerance() {
    return tolerance;
  }

  Comparator comparator() {
    return comparator;
  }
}
