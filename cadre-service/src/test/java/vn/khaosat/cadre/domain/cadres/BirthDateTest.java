package vn.khaosat.cadre.domain.cadres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.khaosat.cadre.domain.committees.CommitteeRole;

class BirthDateTest {

  @Test
  void parsesYearAsJanuary() {
    BirthDate date = BirthDate.parse("1965");
    assertEquals(BirthDate.Precision.YEAR, date.precision());
    assertEquals(YearMonth.of(1965, 1), date.month());
    assertEquals("1965", date.toString());
  }

  @Test
  void parsesMonth() {
    BirthDate date = BirthDate.parse("1965-06");
    assertEquals(BirthDate.Precision.MONTH, date.precision());
    assertEquals(YearMonth.of(1965, 6), date.month());
    assertEquals("1965-06", date.toString());
  }

  @Test
  void parsesDay() {
    BirthDate date = BirthDate.parse(" 1965-06-15 ");
    assertEquals(BirthDate.Precision.DAY, date.precision());
    assertEquals(LocalDate.of(1965, 6, 15), date.date());
    assertEquals(YearMonth.of(1965, 6), date.month());
    assertEquals("1965-06-15", date.toString());
  }

  @Test
  void normalisesDateToPrecision() {
    BirthDate date = new BirthDate(LocalDate.of(1965, 6, 15), BirthDate.Precision.YEAR);
    assertEquals(LocalDate.of(1965, 1, 1), date.date());
    assertEquals(BirthDate.parse("1965"), date);
    assertEquals(BirthDate.parse("1965-06"), BirthDate.ofMonth(YearMonth.of(1965, 6)));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "65",
        "1965-6",
        "1965/06",
        "abc",
        "1965-13",
        "1965-00",
        "1965-02-30",
        "1966-02-29",
        "1965-06-15T00:00"
      })
  void refusesMalformedOrImpossibleDates(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> BirthDate.parse(text));
    assertTrue(e.getMessage().startsWith("Birth date"), e.getMessage());
  }

  @Test
  void acceptsLeapDay() {
    assertEquals(LocalDate.of(1964, 2, 29), BirthDate.parse("1964-02-29").date());
  }

  @Test
  void standingRoles() {
    assertTrue(CommitteeRole.SECRETARY.standing());
    assertTrue(CommitteeRole.DEPUTY_SECRETARY.standing());
    assertTrue(CommitteeRole.STANDING_MEMBER.standing());
    assertFalse(CommitteeRole.MEMBER.standing());
  }

  @ParameterizedTest(name = "born {0}, in {1}: {2} years, plausible {3}")
  @CsvSource({
    "1965-06, 2025-06, 60, true",
    "1965-06, 2025-05, 59, true",
    // a year alone counts as January
    "1965, 2025-01, 60, true",
    // the youngest and the oldest a cadre can plausibly be: 18 and 80 full years
    "2007-07, 2025-07, 18, true",
    "2007-08, 2025-07, 17, false",
    "1944-08, 2025-07, 80, true",
    "1944-07, 2025-07, 81, false",
    "0000, 2025-07, 2025, false"
  })
  void countsFullYearsFromTheBirthMonth(String born, String month, int age, boolean plausible) {
    BirthDate date = BirthDate.parse(born);
    assertEquals(age, date.ageAt(YearMonth.parse(month)));
    assertEquals(plausible, date.plausibleAt(YearMonth.parse(month)));
  }
}
