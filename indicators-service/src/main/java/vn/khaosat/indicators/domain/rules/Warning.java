package vn.khaosat.indicators.domain.rules;

/** A consistency warning (cảnh báo) with a stable code and a message in the requested language. */
public record Warning(String code, String message) {
  public static final String REPORTED_AVERAGE_MISMATCH = "REPORTED_AVERAGE_MISMATCH";
  public static final String SHARES_DO_NOT_ADD_UP = "SHARES_DO_NOT_ADD_UP";
  public static final String ESTIMATE_WHERE_OFFICIAL_EXISTS = "ESTIMATE_WHERE_OFFICIAL_EXISTS";
  public static final String MIXED_POVERTY_STANDARDS = "MIXED_POVERTY_STANDARDS";
}
