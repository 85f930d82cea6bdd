package vn.khaosat.cadre.domain.vetting;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Retirement age (tuổi nghỉ hưu) for one gender: a fixed age, optionally replaced by the step-wise
 * roadmap of the Labour Code 2019 and Decree 135/2020 for people reaching retirement age from
 * {@code fromYear} on. Ages are kept in months.
 *
 * @param roadmap null when only the fixed age applies
 */
record RetirementAge(int fixedMonths, Roadmap roadmap) {

  private static final Pattern AGE = Pattern.compile("(\\d{1,3})(?:y(?:(\\d{1,2})m)?)?");

  /**
   * Roadmap "fromYear:startAge:stepMonthsPerYear:maxAge": whoever reaches retirement age in year Y
   * ≥ fromYear retires at min(maxAge, startAge + step × (Y − fromYear)).
   */
  record Roadmap(int fromYear, int startMonths, int stepMonths, int maxMonths) {

    static Roadmap parse(String text) {
      String[] parts = text.split(":", -1);
      if (parts.length != 4 || !parts[0].trim().matches("\\d{4}")) {
        throw new IllegalArgumentException("Roadmap must be fromYear:startAge:step:maxAge");
      }
      Roadmap roadmap =
          new Roadmap(
              Integer.parseInt(parts[0].trim()),
              parseAge(parts[1].trim()),
              RuleParameters.parseNonNegativeInt(parts[2].trim()),
              parseAge(parts[3].trim()));
      if (roadmap.maxMonths < roadmap.startMonths) {
        throw new IllegalArgumentException("Roadmap maximum age is below its starting age");
      }
      return roadmap;
    }

    int ageMonthsIn(int year) {
      long age = startMonths + (long) stepMonths * (year - fromYear);
      return (int) Math.min(maxMonths, age);
    }
  }

  /** Parses "60" (years) or "60y3m" / "62y"; months must be below 12. */
  static int parseAge(String text) {
    Matcher m = AGE.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("Age must look like 60 or 60y3m: " + text);
    }
    int months = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    if (months > 11) {
      throw new IllegalArgumentException("Months must be below 12: " + text);
    }
    return Integer.parseInt(m.group(1)) * 12 + months;
  }

  /** Formats an age in months back to "60y" or "60y3m". */
  static String formatAge(int months) {
    return months % 12 == 0 ? months / 12 + "y" : months / 12 + "y" + months % 12 + "m";
  }

  /** The month in which a person born in {@code birthMonth} reaches retirement age. */
  YearMonth retirementMonth(YearMonth birthMonth) {
    YearMonth fixed = birthMonth.plusMonths(fixedMonths);
    if (roadmap == null || fixed.getYear() < roadmap.fromYear()) {
      return fixed;
    }
    // The age depends on the year it is reached in, so find the first year that is consistent.
    // Terminates: once the age is capped the month is fixed and the year keeps growing.
    for (int year = roadmap.fromYear(); ; year++) {
      YearMonth month = birthMonth.plusMonths(roadmap.ageMonthsIn(year));
      if (month.getYear() <= year) {
        return month;
      }
    }
  }
}
