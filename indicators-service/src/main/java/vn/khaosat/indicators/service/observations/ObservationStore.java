package vn.khaosat.indicators.service.observations;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.Session;
import vn.khaosat.indicators.domain.rules.ObservationStatus;

/** Bulk reads of figures in plain JDBC: what a dry run of 100,000 lines needs. */
@ApplicationScoped
class ObservationStore {

  private static final String SELECT_EXISTING =
      """
      select indicator_code, unit_code, year, status, value, source, note, poverty_standard
      from observation
      where indicator_code = any (?) and unit_code = any (?) and year between ? and ?
      """;

  /** The figures already stored under the keys of {@code rows}. */
  Map<CsvRow.Key, Stored> existing(List<CsvRow> rows) {
    if (rows.isEmpty()) {
      return Map.of();
    }
    return Panache.getEntityManager().unwrap(Session.class).doReturningWork(c -> select(c, rows));
  }

  private static Map<CsvRow.Key, Stored> select(Connection c, List<CsvRow> rows)
      throws SQLException {
    Map<CsvRow.Key, Stored> found = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement(SELECT_EXISTING)) {
      s.setArray(
          1, c.createArrayOf("varchar", rows.stream().map(CsvRow::indicator).distinct().toArray()));
      s.setArray(
          2, c.createArrayOf("varchar", rows.stream().map(CsvRow::unit).distinct().toArray()));
      s.setInt(3, rows.stream().mapToInt(CsvRow::year).min().orElseThrow());
      s.setInt(4, rows.stream().mapToInt(CsvRow::year).max().orElseThrow());
      s.setFetchSize(5000);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          var key =
              new CsvRow.Key(
                  r.getString(1),
                  r.getString(2),
                  r.getInt(3),
                  ObservationStatus.valueOf(r.getString(4)));
          found.put(
              key, new Stored(r.getBigDecimal(5), r.getString(6), r.getString(7), r.getString(8)));
        }
      }
    }
    return found;
  }

  /** A figure as stored, for telling an unchanged line from an update. */
  record Stored(BigDecimal value, String source, String note, String povertyStandard) {
    boolean sameAs(CsvRow row) {
      return value.compareTo(row.value()) == 0
          && Objects.equals(source, row.source())
          && Objects.equals(note, row.note())
          && Objects.equals(povertyStandard, row.povertyStandard());
    }
  }
}
