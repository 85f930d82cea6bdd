package vn.khaosat.indicators.service.observations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The revisions of the lines an import took for new figures that a PUT created meanwhile, between
 * the merge's snapshot and its write: the merge replaced those figures (its conflict's update), so
 * that nothing is lost, and this records the replacement. Rare (a PUT takes no part in the import
 * lock), so a query of its own, run only when the merge counted more replacements than it meant.
 */
final class ImportRaces {

  /**
   * Figures this transaction wrote ({@code xmin}) that it neither created (their import is not this
   * one) nor revised (the merge's revisions name this import): replaced unknowingly. Their old
   * value is unknown to the merge's snapshot, so the revision gives none, as for a creation.
   */
  private static final String RECORD =
      """
      insert into observation_revision
          (indicator_code, unit_code, year, status, new_value, new_source, new_poverty_standard,
           changed_by, request_id, reason, import_id)
      select o.indicator_code, o.unit_code, o.year, o.status, o.value, o.source,
          o.poverty_standard, ?, ?, ?, ?
      from incoming_observation i
      join observation o
          on o.indicator_code = i.indicator_code and o.unit_code = i.unit_code
          and o.year = i.year and o.status = i.status
      where o.xmin = pg_current_xact_id()::xid
          and o.import_id is distinct from ?
          and not exists (
              select 1 from observation_revision r
              where r.indicator_code = o.indicator_code and r.unit_code = o.unit_code
                  and r.year = o.year and r.status = o.status and r.import_id = ?)
      """;

  private ImportRaces() {}

  static int record(Connection c, ImportMerge.Batch batch) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(RECORD)) {
      s.setString(1, batch.user());
      s.setString(2, batch.requestId());
      s.setString(3, batch.reason());
      s.setObject(4, batch.id());
      s.setObject(5, batch.id());
      s.setObject(6, batch.id());
      return s.executeUpdate();
    }
  }
}
