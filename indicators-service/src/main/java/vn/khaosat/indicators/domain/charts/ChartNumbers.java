package vn.khaosat.indicators.domain.charts;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as a reader writes them: Vietnamese 1.234,5 (the default), English 1,234.5. */
public final class ChartNumbers {

  private ChartNumbers() {}

  public static String format(BigDecimal value, Locale locale) {
    boolean english = locale != null && "en".equals(locale.getLanguage());
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setGroupingSeparator(english ? ',' : '.');
    symbols.setDecimalSeparator(english ? '.' : ',');
    symbols.setMinusSign('-');
    DecimalFormat format = new DecimalFormat("#,##0", symbols);
    format.setMinimumFractionDigits(Math.max(0, value.scale()));
    format.setMaximumFractionDigits(Math.max(0, value.scale()));
    return format.format(value);
  }
}
