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
import vn.khaosat.indicators.domain.ColumnLimits;
import vn.khaosat.indicators.domain.rules.ObservationStatus;

/** Bulk reads and writes of figures in plain JDBC: what an import of 100,000 lines needs. */
@ApplicationScoped
class ObservationStore {

  private static final int BATCH = 1000;

  private static final String SELECT_EXISTING =
      """
      select indicator_code, unit_code, year, status, value, source, note, poverty_standard
      from observation
      where indicator_code = any (?) and unit_code = any (?) and year between ? and ?
      """;

  private static final String NEXT_BLOCKS =
      "select nextval('observation_seq') from generate_series(1, ?)";

  private static final String UPSERT =
      """
      insert into observation
          (id, indicator_code, unit_code, year, status, value, source, note, poverty_standard)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?)
      on conflict (indicator_code, unit_code, year, status) do update set
          value = excluded.value, source = excluded.source, note = excluded.note,
          poverty_standard = excluded.poverty_standard,
          version = observation.version + 1, updated_at = now()
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

  void upsert(Connection c, List<CsvRow> rows) throws SQLException {
    long[] ids = ids(c, rows.size());
    try (PreparedStatement s = c.prepareStatement(UPSERT)) {
      int pending = 0;
      int at = 0;
      for (CsvRow row : rows) {
        s.setLong(1, ids[at++]);
        s.setString(2, row.indicator());
        s.setString(3, row.unit());
        s.setInt(4, row.year());
        s.setString(5, row.status().name());
        s.setBigDecimal(6, row.value());
        s.setString(7, row.source());
        s.setString(8, row.note());
        s.setString(9, row.povertyStandard());
        s.addBatch();
        if (++pending == BATCH) {
          s.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        s.executeBatch();
      }
    }
  }

  /**
   * Ids for {@code count} new figures, in one query: each value of the sequence, as for Hibernate's
   * pooled-lo optimizer (Quarkus's default), is the lowest id of a block of {@link
   * ColumnLimits#ID_BLOCK} ids, so these never meet the ids Hibernate hands out (an update keeps
   * its id: its new one goes unused).
   */
  private static long[] ids(Connection c, int count) throws SQLException {
    long[] ids = new long[count];
    try (PreparedStatement s = c.prepareStatement(NEXT_BLOCKS)) {
      s.setInt(1, (count + ColumnLimits.ID_BLOCK - 1) / ColumnLimits.ID_BLOCK);
      try (ResultSet r = s.executeQuery()) {
        int at = 0;
        while (r.next()) {
          long low = r.getLong(1);
          for (long id = low; id < low + ColumnLimits.ID_BLOCK && at < count; id++) {
            ids[at++] = id;
          }
        }
      }
    }
    return ids;
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
