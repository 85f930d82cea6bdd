package vn.khaosat.indicators.service.observations;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

  private static final String SELECT_EXISTING =
      """
      select indicator_code, unit_code, year, status, value, source, note, poverty_standard
      from observation
      where indicator_code = any (?) and unit_code = any (?) and year between ? and ?
      """;

  private static final String NEXT_BLOCKS =
      "select nextval('observation_seq') from generate_series(1, ?)";

  /** Dropped at commit: each import has its own, whatever connection it gets. */
  private static final String CREATE_INCOMING =
      """
      create temporary table incoming_observation (
          id bigint, indicator_code varchar(40), unit_code varchar(16), year int,
          status varchar(12), value numeric(24, 6), source varchar(300), note text,
          poverty_standard varchar(40)
      ) on commit drop
      """;

  /**
   * Every sub-statement reads the figures as they were before it, so {@code incoming} pairs each
   * line with the figure it replaces; only lines that differ from it are written.
   */
  private static final String MERGE =
      """
      with incoming as (
          select i.*, o.id is null as created
          from incoming_observation i
          left join observation o
              on o.indicator_code = i.indicator_code and o.unit_code = i.unit_code
              and o.year = i.year and o.status = i.status
          where o.id is null
              or (o.value, o.source, o.note, o.poverty_standard)
                  is distinct from (i.value, i.source, i.note, i.poverty_standard)
      ), written as (
          insert into observation
              (id, indicator_code, unit_code, year, status, value, source, note, poverty_standard)
          select id, indicator_code, unit_code, year, status, value, source, note, poverty_standard
          from incoming
          on conflict (indicator_code, unit_code, year, status) do update set
              value = excluded.value, source = excluded.source, note = excluded.note,
              poverty_standard = excluded.poverty_standard,
              version = observation.version + 1, updated_at = now()
          returning 1
      )
      select count(*) filter (where created), count(*) filter (where not created),
          (select count(*) from written)
      from incoming
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

  /**
   * Stores the changed ones among {@code rows} in two statements: {@code COPY} of every row into a
   * temporary table, then one merge into the figures that skips the rows already stored as they
   * are. Row by row inserts cost a round of parsing, planning and index lookups per line; COPY
   * streams them, and the merge joins them all at once.
   */
  Merged merge(Connection c, List<CsvRow> rows) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(CREATE_INCOMING);
    }
    ImportCopy.copy(c, rows, ids(c, rows.size()));
    try (PreparedStatement s = c.prepareStatement(MERGE);
        ResultSet r = s.executeQuery()) {
      r.next();
      return new Merged(r.getInt(1), r.getInt(2));
    }
  }

  /** What a merge wrote: new figures and figures replaced. */
  record Merged(int imported, int updated) {}

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
