package vn.khaosat.cadre.domain;

import java.util.regex.Pattern;

/** A term (nhiệm kỳ) written as its first and last years, "2015-2020". */
public record TermCode(int startYear, int endYear) {

  private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{4})");

  public TermCode {
    if (endYear <= startYear || endYear - startYear > 10) {
      throw new IllegalArgumentException(
          "a term lasts 1 to 10 years: " + startYear + "-" + endYear);
    }
  }

  /** Reads "2015-2020"; anything else is an IllegalArgumentException. */
  public static TermCode parse(String text) {
    var matcher = text == null ? null : FORMAT.matcher(text.strip());
    if (matcher == null || !matcher.matches()) {
      throw new IllegalArgumentException("a term is written YYYY-YYYY: " + text);
    }
    return new TermCode(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
  }

  /** The term that ends the year this one starts, of the same length. */
  public TermCode previous() {
    return new TermCode(2 * startYear - endYear, startYear);
  }

  /** The term that starts the year this one ends, of the same length. */
  public TermCode next() {
    return new TermCode(endYear, 2 * endYear - startYear);
  }

  @Override
  public String toString() {
    return startYear + "-" + endYear;
  }
}
