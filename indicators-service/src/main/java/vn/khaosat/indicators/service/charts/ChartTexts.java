package vn.khaosat.indicators.service.charts;

import java.math.BigDecimal;
import java.util.Locale;
import vn.khaosat.indicators.domain.charts.ChartNumbers;

/** A figure with its unit, as the charts write it: "8,80 %", "432,5 tỷ đồng". */
final class ChartTexts {

  private ChartTexts() {}

  static String withUnit(BigDecimal value, String unit, Locale locale) {
    return ChartNumbers.format(value, locale) + " " + unit;
  }
}
