package vn.khaosat.indicators.domain.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A value axis (trục giá trị): a domain rounded out to "nice" ticks (1, 2 or 5 times a power of
 * ten) and mapped linearly onto a pixel range, so that every point can be recomputed exactly from
 * its value.
 */
public record LinearScale(BigDecimal min, BigDecimal max, BigDecimal step, double from, double to) {

  public LinearScale {
    if (max.compareTo(min) <= 0 || step.signum() <= 0) {
      throw new IllegalArgumentException("an empty scale");
    }
  }

  /**
   * The scale whose ticks cover {@code low..high} with about {@code ticks} intervals, mapped onto
   * {@code from..to} (for a vertical axis {@code from} is the bottom pixel).
   */
  public static LinearScale covering(
      BigDecimal low, BigDecimal high, int ticks, double from, double to) {
    if (high.compareTo(low) < 0) {
      throw new IllegalArgumentException("low above high");
    }
    if (high.compareTo(low) == 0) {
      // one value alone: a span around it, so it sits inside the plot rather than on its edge
      BigDecimal pad = low.signum() == 0 ? BigDecimal.ONE : low.abs().divide(BigDecimal.TEN);
      low = low.subtract(pad);
      high = high.add(pad);
    }
    BigDecimal step = niceStep(high.subtract(low), ticks);
    BigDecimal min = floorTo(low, step);
    BigDecimal max = ceilTo(high, step);
    if (max.compareTo(min) == 0) {
      max = min.add(step);
    }
    return new LinearScale(min, max, step, from, to);
  }

  /** The pixel of {@code value}. */
  public double at(BigDecimal value) {
    double share = value.subtract(min).doubleValue() / max.subtract(min).doubleValue();
    return from + share * (to - from);
  }

  /** The tick values, min to max. */
  public List<BigDecimal> ticks() {
    List<BigDecimal> ticks = new ArrayList<>();
    for (BigDecimal t = min; t.compareTo(max) <= 0; t = t.add(step)) {
      ticks.add(t.stripTrailingZeros());
    }
    return ticks;
  }

  /** 1, 2 or 5 × 10^k, the smallest such that {@code span / step <= ticks}. */
  static BigDecimal niceStep(BigDecimal span, int ticks) {
    double raw = span.doubleValue() / Math.max(1, ticks);
    int exponent = (int) Math.floor(Math.log10(raw));
    BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(exponent);
    for (int factor : new int[] {1, 2, 5, 10}) {
      BigDecimal step = power.multiply(BigDecimal.valueOf(factor));
      if (step.doubleValue() >= raw * (1 - 1e-9)) {
        return step.stripTrailingZeros();
      }
    }
    throw new IllegalStateException("unreachable");
  }

  private static BigDecimal floorTo(BigDecimal value, BigDecimal step) {
    return value.divide(step, 0, RoundingMode.FLOOR).multiply(step);
  }

  private static BigDecimal ceilTo(BigDecimal value, BigDecimal step) {
    return value.divide(step, 0, RoundingMode.CEILING).multiply(step);
  }
}
