package vn.khaosat.survey.domain.sessions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Terms written as their years, "2015-2020": a reviewed term and the planned one that follows. */
public final class Terms {

  private static final Pattern TERM = Pattern.compile("(\\d{4})-(\\d{4})");

  private Terms() {}

  /** Whether {@code code} is a term of 1 to 10 years. */
  public static boolean valid(String code) {
    if (code == null) {
      return false;
    }
    Matcher m = TERM.matcher(code);
    if (!m.matches()) {
      return false;
    }
    int years = Integer.parseInt(m.group(2)) - Integer.parseInt(m.group(1));
    return years >= 1 && years <= 10;
  }

  public static int startYear(String code) {
    return Integer.parseInt(code.substring(0, 4));
  }

  public static int endYear(String code) {
    return Integer.parseInt(code.substring(5, 9));
  }

  /** The planned term begins the year the reviewed one ends: 2015-2020 then 2020-2025. */
  public static boolean follows(String planned, String reviewed) {
    return startYear(planned) == endYear(reviewed);
  }
}
