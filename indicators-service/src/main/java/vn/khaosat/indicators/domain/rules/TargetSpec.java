package vn.khaosat.indicators.domain.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A target (chỉ tiêu kế hoạch) as the design document states it. {@code value} serves AT_LEAST,
 * AT_MOST and APPROXIMATELY (with {@code tolerance}); {@code low}..{@code high} serve RANGE. {@code
 * direction} and {@code decimals} are the indicator's.
 */
public record TargetSpec(
    Measure measure,
    Comparator comparator,
    BigDecimal value,
    BigDecimal low,
    BigDecimal high,
    BigDecimal tolerance,
    Direction direction,
    int decimals) {

  public TargetSpec {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(comparator, "comparator");
    Objects.requireNonNull(direction, "direction");
    if (decimals < 0) {
      throw new IllegalArgumentException("decimals must not be negative: " + decimals);
    }
    switch (comparator) {
      case AT_LEAST, AT_MOST -> require(value != null, comparator + " needs a value");
      case APPROXIMATELY -> {
        require(value != null, "APPROXIMATELY needs a value");
        require(
            tolerance != null && tolerance.signum() >= 0, "APPROXIMATELY needs a tolerance >= 0");
      }
      case RANGE -> {
        require(low != null && high != null, "RANGE needs low and high");
        require(low.compareTo(high) <= 0, "RANGE needs low <= high");
      }
    }
  }

  public static TargetSpec atLeast(Measure m, BigDecimal value, Direction d, int decimals) {
    return new TargetSpec(m, Comparator.AT_LEAST, value, null, null, null, d, decimals);
  }

  public static TargetSpec atMost(Measure m, BigDecimal value, Direction d, int decimals) {
    return new TargetSpec(m, Comparator.AT_MOST, value, null, null, null, d, decimals);
  }

  public static TargetSpec approximately(
      Measure m, BigDecimal value, BigDecimal tolerance, Direction d, int decimals) {
    return new TargetSpec(m, Comparator.APPROXIMATELY, value, null, null, tolerance, d, decimals);
  }

  public static TargetSpec range(
      Measure m, BigDecimal low, BigDecimal high, Direction d, int decimals) {
    return new TargetSpec(m, Comparator.RANGE, null, low, high, null, d, decimals);
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
