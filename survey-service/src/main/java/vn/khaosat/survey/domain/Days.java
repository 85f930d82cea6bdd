package vn.khaosat.survey.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import vn.khaosat.defaults.SuiteTime;

/** The days of the suite: sessions, deadlines and filters count them in Asia/Ho_Chi_Minh. */
public final class Days {

  public static final ZoneId ZONE = SuiteTime.ZONE;

  private Days() {}

  public static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  /** The day {@code time} falls on, in the suite's time zone. */
  public static LocalDate of(OffsetDateTime time) {
    return time.atZoneSameInstant(ZONE).toLocalDate();
  }

  /** The first instant of {@code day}, in the suite's time zone. */
  public static OffsetDateTime start(LocalDate day) {
    return day.atStartOfDay(ZONE).toOffsetDateTime();
  }
}
