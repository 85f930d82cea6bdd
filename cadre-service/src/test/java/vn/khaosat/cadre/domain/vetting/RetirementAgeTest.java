package vn.khaosat.cadre.domain.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetirementAgeTest {

  private static final RetirementAge MEN =
      new RetirementAge(720, RetirementAge.Roadmap.parse("2021:60y3m:3:62y"));
  private static final RetirementAge WOMEN =
      new RetirementAge(660, RetirementAge.Roadmap.parse("2021:55y4m:4:60y"));

  @ParameterizedTest
  @CsvSource({"60, 720", "60y, 720", "60y3m, 723", "55y4m, 664", "62y, 744", "0, 0"})
  void parsesAges(String text, int months) {
    assertEquals(months, RetirementAge.parseAge(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "sixty", "-60", "60y12m", "60m", "60y3", "y3m", "60.5"})
  void refusesMalformedAges(String text) {
    assertThrows(IllegalArgumentException.class, () -> RetirementAge.parseAge(text));
  }

  @Test
  void formatsAges() {
    assertEquals("60y", RetirementAge.formatAge(720));
    assertEquals("60y6m", RetirementAge.formatAge(726));
  }

  @ParameterizedTest(name = "{0} born {1} retires {2}")
  @CsvSource({
    // Examples of Decree 135/2020.
    "MEN, 1961-10, 2022-04",
    "MEN, 1961-01, 2021-04",
    "WOMEN, 1966-05, 2021-09",
    // Reaching the fixed age before 2021: the roadmap does not apply.
    "MEN, 1960-12, 2020-12",
    "WOMEN, 1965-12, 2020-12",
    // The cap: men at 62 from 2028, women at 60 from 2035.
    "MEN, 1970-01, 2032-01",
    "MEN, 1966-05, 2028-05",
    "WOMEN, 1980-01, 2040-01",
    "WOMEN, 1975-01, 2034-09",
    "WOMEN, 1975-05, 2035-05"
  })
  void followsRoadmap(String who, String birth, String expected) {
    RetirementAge age = who.equals("MEN") ? MEN : WOMEN;
    assertEquals(YearMonth.parse(expected), age.retirementMonth(YearMonth.parse(birth)));
  }

  @Test
  void fixedAgeWithoutRoadmap() {
    RetirementAge fixed = new RetirementAge(720, null);
    assertEquals(YearMonth.of(2030, 1), fixed.retirementMonth(YearMonth.of(1970, 1)));
  }

  @Test
  void roadmapAgeIsCapped() {
    RetirementAge.Roadmap roadmap = RetirementAge.Roadmap.parse("2021:60y3m:3:62y");
    assertEquals(723, roadmap.ageMonthsIn(2021));
    assertEquals(741, roadmap.ageMonthsIn(2027));
    assertEquals(744, roadmap.ageMonthsIn(2028));
    assertEquals(744, roadmap.ageMonthsIn(2040));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2021:60y3m:3",
        "2021:60y3m:3:62y:1",
        "21:60y3m:3:62y",
        "2021:62y:3:60y",
        "2021:60y3m:-3:62y",
        "2021:60y3m:x:62y",
        "abc"
      })
  void refusesMalformedRoadmaps(String text) {
    assertThrows(IllegalArgumentException.class, () -> RetirementAge.Roadmap.parse(text));
  }

  @Test
  void kindsKnowTheirScope() {
    assertFalse(RuleKind.SECRETARY_TERM_LIMIT.slate());
    assertTrue(RuleKind.WOMEN_SHARE.slate());
    assertEquals(6, java.util.Arrays.stream(RuleKind.values()).filter(RuleKind::slate).count());
  }
}
