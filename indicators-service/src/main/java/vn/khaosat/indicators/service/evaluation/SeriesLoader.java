package vn.khaosat.indicators.service.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.khaosat.indicators.domain.Observation;
import vn.khaosat.indicators.domain.rules.ObservedValue;
import vn.khaosat.indicators.domain.rules.Series;

/**
 * Loads the figures a computation needs in one query (every indicator × unit pair at once, never
 * one query per target) and hands them to the rules as plain series.
 */
@ApplicationScoped
class SeriesLoader {

  /** All figures of the given indicators and units between two years, keyed by pair. */
  public Figures load(
      Collection<String> indicators, Collection<String> units, int fromYear, int toYear) {
    if (indicators.isEmpty() || units.isEmpty()) {
      return new Figures(Map.of());
    }
    List<Observation> rows =
        Observation.list(
            "indicatorCode in ?1 and unitCode in ?2 and year between ?3 and ?4",
            indicators,
            units,
            fromYear,
            toYear);
    Map<Pair, List<ObservedValue>> grouped =
        rows.stream()
            .collect(
                Collectors.groupingBy(
                    o -> new Pair(o.indicatorCode, o.unitCode),
                    Collectors.mapping(
                        o -> new ObservedValue(o.year, o.value, o.status, o.povertyStandard),
                        Collectors.toList())));
    return new Figures(grouped);
  }

  /** An indicator and a unit. */
  record Pair(String indicator, String unit) {}

  /** Figures grouped by indicator and unit; a pair without figures gives an empty series. */
  public record Figures(Map<Pair, List<ObservedValue>> byPair) {

    public Series series(String indicator, String unit) {
      if (indicator == null || unit == null) {
        return null;
      }
      return new Series(indicator, unit, byPair.getOrDefault(new Pair(indicator, unit), List.of()));
    }
  }
}
