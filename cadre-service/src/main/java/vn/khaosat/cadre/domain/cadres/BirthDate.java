package vn.khaosat.cadre.domain.cadres;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A birth date (ngày sinh) as recorded in a personnel file, which often gives only the year or the
 * month. The date is normalised to the first day of the year or month it stands for, so two equal
 * texts give equal values.
 */
public record BirthDate(LocalDate date, Precision precision) {

  /** How much of the date is known. */
  public enum Precision {
    YEAR,
    MONTH,
    DAY
  }

  /** The youngest and oldest a cadre on record can plausibly be, in full years. */
  public static final int MIN_AGE = 18;

  public static final int MAX_AGE = 80;

  private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  public BirthDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(precision, "precision");
    date =
        switch (precision) {
          case YEAR -> date.withDayOfYear(1);
          case MONTH -> date.withDayOfMonth(1);
          case DAY -> date;
        };
  }

  /** Parses "1965", "1965-06" or "1965-06-15". */
  public static BirthDate parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("Birth date is missing");
    }
    Matcher m = FORMAT.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "Birth date '" + text + "' must be YYYY, YYYY-MM or YYYY-MM-DD");
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return new BirthDate(LocalDate.of(year, 1, 1), Precision.YEAR);
      }
      int month = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        return new BirthDate(LocalDate.of(year, month, 1), Precision.MONTH);
      }
      return new BirthDate(LocalDate.of(year, month, Integer.parseInt(m.group(3))), Precision.DAY);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("Birth date '" + text + "' does not exist", e);
    }
  }

  public static BirthDate ofYear(int year) {
    return new BirthDate(LocalDate.of(year, 1, 1), Precision.YEAR);
  }

  public static BirthDate ofMonth(YearMonth month) {
    return new BirthDate(month.atDay(1), Precision.MONTH);
  }

  public static BirthDate ofDay(LocalDate date) {
    return new BirthDate(date, Precision.DAY);
  }

  /** Birth month used for age arithmetic; a year alone counts as January. */
  public YearMonth month() {
    return YearMonth.from(date);
  }

  /** Age in full years at {@code month}, counted from the birth month. */
  public int ageAt(YearMonth month) {
    return (int) Math.floorDiv(month().until(month, ChronoUnit.MONTHS), 12);
  }

  /**
   * Whether the age at {@code month} lies between {@link #MIN_AGE} and {@link #MAX_AGE}: outside,
   * the date is a typing error ("0000", a child's year), not a cadre.
   */
  public boolean plausibleAt(YearMonth month) {
    int age = ageAt(month);
    return age >= MIN_AGE && age <= MAX_AGE;
  }

  @Override
  public String toString() {
    return switch (precision) {
      case YEAR -> String.format("%04d", date.getYear());
      case MONTH -> month().toString();
      case DAY -> date.toString();
    };
  }
}
