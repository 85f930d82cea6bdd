package vn.khaosat.indicators.domain.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One figure of a series for a year (số liệu quan sát). A null value means no figure; the poverty
 * standard (chuẩn nghèo) is set only for poverty figures.
 */
public record ObservedValue(
    int year, BigDecimal value, ObservationStatus status, String povertyStandard) {

  public ObservedValue {
    Objects.requireNonNull(status, "status");
  }

  /** A value without a poverty standard. */
  public ObservedValue(int year, BigDecimal value, ObservationStatus status) {
    this(year, value, status, null);
  }

  /** True when this figure can serve as an actual: it has a value and is not a plan. */
  public boolean isActual() {
    return value != null && status.isActual();
  }
}
