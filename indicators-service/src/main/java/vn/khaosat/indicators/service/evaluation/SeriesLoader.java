package vn.khaosat.indicators.service.evaluation;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import vn.khaosat.indicators.domain.rules.ObservationStatus;
import vn.khaosat.indicators.domain.rules.ObservedValue;
import vn.khaosat.indicators.domain.rules.Series;

/**
 * Loads the figures a computation needs in one query (every indicator × unit pair at once, never
 * one query per target) and hands them to the rules as plain series.
 */
@ApplicationScoped
class SeriesLoader {

  /**
   * The codes come as two arrays joined to the figures, not as an {@code in} list of one parameter
   * each: after five runs PostgreSQL plans a prepared statement once for any values, and for a list
   * of 200 codes that plan compared each figure of the years with all 200 in turn (9 ms for a
   * scorecard of 1,000 targets, against 1 ms this way). Only the columns the rules read, in plain
   * JDBC: no entity, no copy kept for dirty checking, no version or timestamps converted.
   */
  private static final String SELECT_FIGURES =
      """
      select o.indicator_code, o.unit_code, o.year, o.value, o.status, o.poverty_standard
      from unnest(?::varchar[]) i (code)
      cross join unnest(?::varchar[]) u (code)
      join observation o on o.indicator_code = i.code and o.unit_code = u.code
      where o.year between ? and ?
      """;

  /** All figures of the given indicators and units between two years, keyed by pair. */
  public Figures load(
      Collection<String> indicators, Collection<String> units, int fromYear, int toYear) {
    if (indicators.isEmpty() || units.isEmpty()) {
      return new Figures(Map.of());
    }
    return Panache.getEntityManager()
        .unwrap(Session.class)
        .doReturningWork(c -> new Figures(select(c, indicators, units, fromYear, toYear)));
  }

  private static Map<Pair, List<ObservedValue>> select(
      Connection c, Collection<String> indicators, Collection<String> units, int from, int to)
      throws SQLException {
    Map<Pair, List<ObservedValue>> byPair = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement(SELECT_FIGURES)) {
      // each code once: a code given twice would join its figures twice
      s.setArray(1, c.createArrayOf("varchar", indicators.stream().distinct().toArray()));
      s.setArray(2, c.createArrayOf("varchar", units.stream().distinct().toArray()));
      s.setInt(3, from);
      s.setInt(4, to);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          byPair
              .computeIfAbsent(new Pair(r.getString(1), r.getString(2)), p -> new ArrayList<>())
              .add(
                  new ObservedValue(
                      r.getInt(3),
                      r.getBigDecimal(4),
                      ObservationStatus.valueOf(r.getString(5)),
                      r.getString(6)));
        }
      }
    }
    return byPair;
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
