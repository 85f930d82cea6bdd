package vn.khaosat.indicators.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.khaosat.indicators.domain.rules.Fixtures.*;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Choice of the best available actual in a series. */
class SeriesTest {

  @Test
  void bestPrefersOfficialOverPreliminaryOverEstimateWhateverTheOrder() {
    Series s = series(est(2019, "140"), off(2019, "137.3"), pre(2019, "138"));
    assertEquals(off(2019, "137.3"), s.best(2019).orElseThrow());
    Series noOfficial = series(pre(2019, "138"), est(2019, "140"));
    assertEquals(pre(2019, "138"), noOfficial.best(2019).orElseThrow());
  }

  @Test
  void planIsNeverAnActual() {
    assertTrue(series(plan(2019, "150")).best(2019).isEmpty());
    assertEquals(
        est(2019, "137"), series(plan(2019, "150"), est(2019, "137")).best(2019).orElseThrow());
  }

  @Test
  void valueWithoutFigureIsSkippedAndLaterEntryWinsATie() {
    Series s =
        series(
            new ObservedValue(2019, null, ObservationStatus.OFFICIAL),
            est(2019, "1"),
            est(2019, "2"));
    assertEquals(est(2019, "2"), s.best(2019).orElseThrow());
  }

  @Test
  void bestCompatiblePrefersTheSamePovertyStandard() {
    Series s =
        series(
            poor(2015, "9.5", "2011-2015"),
            new ObservedValue(2015, bd("12.0"), ObservationStatus.ESTIMATE, "2016-2020"));
    assertEquals(bd("12.0"), s.bestCompatible(2015, "2016-2020").orElseThrow().value());
    assertEquals(bd("9.5"), s.best(2015).orElseThrow().value());
    assertTrue(s.bestCompatible(2015, "2021-2025").isEmpty());
  }

  @Test
  void compatibilityIgnoresMissingStandards() {
    assertTrue(Series.compatible(null, "2016-2020"));
    assertTrue(Series.compatible("2016-2020", null));
    assertTrue(Series.compatible("2016-2020", "2016-2020"));
    assertFalse(Series.compatible("2011-2015", "2016-2020"));
  }

  @Test
  void yearsListOnlyYearsWithActualsAndNullValuesBecomeEmpty() {
    SortedSet<Integer> years = series(off(2017, "1"), plan(2020, "5"), est(2016, "1")).years();
    assertEquals(new TreeSet<>(List.of(2016, 2017)), years);
    assertTrue(new Series("IND", "PROV", null).values().isEmpty());
  }
}
