package vn.khaosat.indicators.service.observations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.khaosat.indicators.domain.rules.ObservationStatus;

/**
 * A line an import takes for a new figure while another transaction creates that figure: the merge
 * waits on the other's row, then replaces it, and records the replacement (ImportRaces), so that
 * the change is not unseen. Made to happen for certain: the other transaction commits only once the
 * merge is seen waiting on it.
 */
@QuarkusTest
class ImportRacesTest {

  @Inject DataSource database;

  @Test
  void aFigureCreatedWhileTheMergeRunsIsReplacedWithItsRevision() throws Exception {
    String code = "RACE-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    String indicator = code + "-I";
    String unit = code.substring(0, Math.min(code.length(), 14)) + "-U";
    try (Connection c = database.getConnection()) {
      execute(
          c,
          "insert into indicator (code, name, unit_of_measure, direction, price_basis, decimals)"
              + " values ('"
              + indicator
              + "', 'Chỉ tiêu', 'tỷ đồng', 'HIGHER_IS_BETTER',"
              + " 'CURRENT', 1)");
      execute(
          c,
          "insert into unit (code, name, level, valid_from) values ('"
              + unit
              + "', 'Huyện thử', 'DISTRICT', '2000-01-01')");
    }
    UUID batchId = UUID.randomUUID();
    try (Connection other = database.getConnection()) {
      other.setAutoCommit(false);
      execute(
          other,
          "insert into observation (id, indicator_code, unit_code, year, status, value)"
              + " values (nextval('observation_seq'), '"
              + indicator
              + "', '"
              + unit
              + "', 2020, 'ESTIMATE', 1)");
      CompletableFuture<ImportMerge.Merged> merge =
          CompletableFuture.supplyAsync(() -> merge(indicator, unit, batchId));
      awaitMergeWaitingOnALock();
      other.commit();
      ImportMerge.Merged merged = merge.get(30, TimeUnit.SECONDS);
      assertEquals(1, merged.imported(), "taken for new in the merge's snapshot");
    }
    try (Connection c = database.getConnection();
        var s =
            c.prepareStatement(
                "select o.value, r.old_value, r.new_value, r.import_id from observation o"
                    + " join observation_revision r using (indicator_code, unit_code, year, status)"
                    + " where o.indicator_code = ? and o.unit_code = ?")) {
      s.setString(1, indicator);
      s.setString(2, unit);
      try (var r = s.executeQuery()) {
        assertTrue(r.next(), "the replacement has its revision");
        assertEquals(0, new BigDecimal("42").compareTo(r.getBigDecimal(1)));
        assertNull(r.getBigDecimal(2), "the old value is unknown to the merge's snapshot");
        assertEquals(0, new BigDecimal("42").compareTo(r.getBigDecimal(3)));
        assertEquals(batchId, r.getObject(4));
        assertTrue(!r.next(), "one revision");
      }
    }
  }

  private ImportMerge.Merged merge(String indicator, String unit, UUID batchId) {
    try (Connection c = database.getConnection()) {
      c.setAutoCommit(false);
      var row =
          new CsvRow(
              2,
              indicator,
              unit,
              2020,
              ObservationStatus.ESTIMATE,
              new BigDecimal("42"),
              "Cục",
              null,
              null);
      var batch = new ImportMerge.Batch(batchId, "0".repeat(64), "admin", "req", null, Set.of());
      ImportMerge.Merged merged = ImportMerge.merge(c, List.of(row), batch);
      c.commit();
      return merged;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void awaitMergeWaitingOnALock() throws Exception {
    for (int i = 0; i < 300; i++) {
      try (Connection c = database.getConnection();
          var s =
              c.prepareStatement(
                  "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                      + " and query like '%with incoming as%'");
          var r = s.executeQuery()) {
        r.next();
        if (r.getInt(1) > 0) {
          return;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the merge never waited on the other transaction's row");
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (var s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
