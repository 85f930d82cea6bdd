package vn.khaosat.indicators.domain.rules;

import java.util.OptionalInt;

/**
 * Reason codes (lý do) for NO_DATA and for NOT_YET_MET without a trend. A reason naming a year
 * reads "CODE:year", e.g. "MISSING_VALUE:2019".
 */
public final class Reasons {
  public static final String MISSING_VALUE = "MISSING_VALUE";
  public static final String MISSING_BASE = "MISSING_BASE";
  public static final String MISSING_TOTAL = "MISSING_TOTAL";
  public static final String MISSING_REFERENCE = "MISSING_REFERENCE";
  public static final String MIXED_POVERTY_STANDARDS = "MIXED_POVERTY_STANDARDS";
  public static final String ZERO_BASE = "ZERO_BASE";
  public static final String ZERO_TOTAL = "ZERO_TOTAL";
  public static final String ZERO_REFERENCE = "ZERO_REFERENCE";

  /** A yearly rate's previous-year value is zero. */
  public static final String ZERO_VALUE = "ZERO_VALUE";

  /** A fractional power of a negative ratio has no real value. */
  public static final String NEGATIVE_RATIO = "NEGATIVE_RATIO";

  /** Fewer than two consecutive years of values, so no best yearly rate. */
  public static final String NO_TREND = "NO_TREND";

  private Reasons() {}

  public static String withYear(String code, int year) {
    return code + ":" + year;
  }

  /** The code part of a reason. */
  public static String code(String reason) {
    int i = reason.indexOf(':');
    return i < 0 ? reason : reason.substring(0, i);
  }

  /** The year a reason names, if any. */
  public static OptionalInt year(String reason) {
    int i = reason.indexOf(':');
    return i < 0 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(reason.substring(i + 1)));
  }
}
