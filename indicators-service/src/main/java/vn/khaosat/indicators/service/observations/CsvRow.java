package vn.khaosat.indicators.service.observations;

import java.math.BigDecimal;
import vn.khaosat.indicators.domain.rules.ObservationStatus;

/** One data line of an observations CSV, parsed; {@code line} counts the header as line 1. */
record CsvRow(
    int line,
    String indicator,
    String unit,
    int year,
    ObservationStatus status,
    BigDecimal value,
    String source,
    String povertyStandard,
    String note) {

  Key key() {
    return new Key(indicator, unit, year, status);
  }

  /** The natural key of a figure. */
  record Key(String indicator, String unit, int year, ObservationStatus status) {}
}
