package vn.khaosat.cadre.api.access;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import vn.khaosat.defaults.SuiteTime;
import vn.khaosat.problem.ApiProblem;

/**
 * The bounds of the access log's period: a date (a whole day in Asia/Ho_Chi_Minh) or a date-time
 * with its offset; both bounds are inclusive.
 */
final class TimeBound {

  /** A date, or a date-time with seconds and fractions optional and an offset required. */
  static final String PATTERN =
      "^[0-9]{4}-[0-9]{2}-[0-9]{2}"
          + "(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2}))?$";

  static final int LENGTH = 35;

  private TimeBound() {}

  /** The first instant of {@code from}, or null. */
  static OffsetDateTime start(String name, String from) {
    if (from == null) {
      return null;
    }
    return isDate(from) ? day(name, from) : instant(name, from);
  }

  /** The instant just after {@code to} (the end of its day for a date), or null. */
  static OffsetDateTime after(String name, String to) {
    if (to == null) {
      return null;
    }
    return isDate(to)
        ? day(name, to).plusDays(1)
        : instant(name, to).truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS);
  }

  private static boolean isDate(String text) {
    return text.length() == 10;
  }

  private static OffsetDateTime day(String name, String text) {
    try {
      return LocalDate.parse(text).atStartOfDay(SuiteTime.ZONE).toOffsetDateTime();
    } catch (DateTimeException e) {
      throw ApiProblem.invalidParameter("query", name, "access.badTime", text);
    }
  }

  private static OffsetDateTime instant(String name, String text) {
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeException e) {
      throw ApiProblem.invalidParameter("query", name, "access.badTime", text);
    }
  }
}
