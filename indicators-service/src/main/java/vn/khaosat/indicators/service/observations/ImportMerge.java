package vn.khaosat.indicators.service.observations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.khaosat.indicators.domain.ColumnLimits;

/**
 * The writing half of a CSV commit, in plain JDBC: the batch, COPY of the lines, and one merge that
 * stores the changed figures with their revisions.
 */
final class ImportMerge {

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
   * line with the figure it replaces; only lines that differ from it are written. A new figure
   * names the import, which keeps its creation (V8); a replaced one gets its revision (old and new)
   * in this same statement. Sub-statements are never joined to each other: the planner has no
   * statistics for them, and a nested loop of two 100,000-row sub-statements would be quadratic.
   * Replacements are counted (an update leaves {@code xmax} set): more than the lines taken for
   * replacements means a PUT created some figures meanwhile, which {@link ImportRaces} then finds.
   */
  private static final String MERGE =
      """
      with incoming as (
          select i.*, o.id is null as created, o.value as old_value, o.source as old_source,
              o.poverty_standard as old_poverty_standard, i.unit_code = any (?) as closed
          from incoming_observation i
          left join observation o
              on o.indicator_code = i.indicator_code and o.unit_code = i.unit_code
              and o.year = i.year and o.status = i.status
          where o.id is null
              or (o.value, o.source, o.note, o.poverty_standard)
                  is distinct from (i.value, i.source, i.note, i.poverty_standard)
      ), written as (
          insert into observation (id, indicator_code, unit_code, year, status, value, source,
              note, poverty_standard, import_id)
          select id, indicator_code, unit_code, year, status, value, source, note,
              poverty_standard, ?
          from incoming
          on conflict (indicator_code, unit_code, year, status) do update set
              value = excluded.value, source = excluded.source, note = excluded.note,
              poverty_standard = excluded.poverty_standard,
              version = observation.version + 1, updated_at = now()
          returning xmax <> 0 as replaced
      ), revised as (
          insert into observation_revision
              (indicator_code, unit_code, year, status, old_value, new_value, old_source,
               new_source, old_poverty_standard, new_poverty_standard, changed_by, request_id,
               reason, import_id)
          select indicator_code, unit_code, year, status, old_value, value, old_source, source,
              old_poverty_standard, poverty_standard, ?, ?, ?, ?
          from incoming
          where not created
          returning 1
      )
      select count(*) filter (where created), count(*) filter (where not created),
          count(*) filter (where closed and not created),
          (select count(*) filter (where replaced) from written)
      from incoming
      """;

  private static final String INSERT_BATCH =
      """
      insert into observation_import
          (id, file_sha256, changed_by, request_id, reason, revision_id)
      values (?, ?, ?, ?, ?, nextval('observation_revision_seq'))
      """;

  /**
   * Stores the changed ones among {@code rows} in two statements: {@code COPY} of every row into a
   * temporary table, then one merge into the figures that skips the rows already stored as they
   * are. Row by row inserts cost a round of parsing, planning and index lookups per line; COPY
   * streams them, and the merge joins them all at once.
   */
  static Merged merge(Connection c, List<CsvRow> rows, Batch batch) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(CREATE_INCOMING);
    }
    try (PreparedStatement s = c.prepareStatement(INSERT_BATCH)) {
      s.setObject(1, batch.id());
      s.setString(2, batch.sha256());
      s.setString(3, batch.user());
      s.setString(4, batch.requestId());
      s.setString(5, batch.reason());
      s.executeUpdate();
    }
    ImportCopy.copy(c, rows, ids(c, rows.size()));
    try (PreparedStatement s = c.prepareStatement(MERGE)) {
      s.setArray(1, c.createArrayOf("varchar", batch.closedUnits().toArray()));
      s.setObject(2, batch.id());
      s.setString(3, batch.user());
      s.setString(4, batch.requestId());
      s.setString(5, batch.reason());
      s.setObject(6, batch.id());
      try (ResultSet r = s.executeQuery()) {
        r.next();
        Merged merged = new Merged(r.getInt(1), r.getInt(2), r.getInt(3));
        if (r.getInt(4) > merged.updated()) {
          ImportRaces.record(c, batch);
        }
        return merged;
      }
    }
  }

  /** One CSV commit: its id, the file's SHA-256, who, the request, why; and the closed units. */
  record Batch(
      UUID id,
      String sha256,
      String user,
      String requestId,
      String reason,
      Set<String> closedUnits) {}

  /** What a merge wrote: new figures, figures replaced, and those of them of closed units. */
  record Merged(int imported, int updated, int closedReplaced) {}

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
}
