package vn.khaosat.indicators.domain.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Test data builders. */
final class Fixtures {
  static final Locale VI = Locale.forLanguageTag("vi");
  static final Locale EN = Locale.ENGLISH;
  static final TermSpan TERM = new TermSpan(2015, 2020);

  private Fixtures() {}

  static BigDecimal bd(String v) {
    return v == null ? null : new BigDecimal(v);
  }

  static ObservedValue off(int year, String v) {
    return new ObservedValue(year, bd(v), ObservationStatus.OFFICIAL);
  }

  static ObservedValue pre(int year, String v) {
    return new ObservedValue(year, bd(v), ObservationStatus.PRELIMINARY);
  }

  static ObservedValue est(int year, String v) {
    return new ObservedValue(year, bd(v), ObservationStatus.ESTIMATE);
  }

  static ObservedValue plan(int year, String v) {
    return new ObservedValue(year, bd(v), ObservationStatus.PLAN);
  }

  static ObservedValue poor(int year, String v, String standard) {
    return new ObservedValue(year, bd(v), ObservationStatus.OFFICIAL, standard);
  }

  static Series series(ObservedValue... values) {
    return Series.of("IND", "PROV", values);
  }

  static Series named(String indicator, ObservedValue... values) {
    return Series.of(indicator, "PROV", values);
  }

  /** Official values for consecutive years from {@code firstYear}; a null entry leaves a gap. */
  static Series levels(int firstYear, String... values) {
    List<ObservedValue> list = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        list.add(off(firstYear + i, values[i]));
      }
    }
    return new Series("IND", "PROV", list);
  }

  static void assertNumber(String expected, BigDecimal actual) {
    org.junit.jupiter.api.Assertions.assertNotNull(
        actual, "expected " + expected + " but was null");
    org.junit.jupiter.api.Assertions.assertEquals(
        0, bd(expected).compareTo(actual), "expected " + expected + " but was " + actual);
  }
}
