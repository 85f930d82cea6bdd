package vn.khaosat.indicators.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/**
 * The references of a figure, checked per statement (V9) as the foreign keys they replace checked
 * them per row: the same SQLSTATE and constraint names, on both sides, by SQL as the services and a
 * person at psql write it.
 */
@QuarkusTest
class ObservationReferencesTest {

  @Inject DataSource database;

  @Test
  void aFigureOfAnIndicatorOrUnitThatDoesNotExistIsRefused() throws SQLException {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    String unit = Api.openDistrict();
    refused("23503", "observation_indicator_code_fkey", insert("NO-SUCH-IND", unit));
    refused("23503", "observation_unit_code_fkey", insert(indicator, "NO-SUCH-UNIT"));
    // one bad row among good ones: the whole statement goes
    refused(
        "23503",
        "observation_unit_code_fkey",
        insert(indicator, unit)
            + ", (nextval('observation_seq') + 1, '"
            + indicator
            + "', 'NO-SUCH-UNIT', 2001, 'OFFICIAL', 2)");
    assertEquals(0, count("select count(*) from observation where indicator_code = ?", indicator));
    execute(insert(indicator, unit));
    assertEquals(1, count("select count(*) from observation where indicator_code = ?", indicator));
  }

  @Test
  void anIndicatorOrUnitWithFiguresIsNotDeletedAndAKeyNeverChanges() throws SQLException {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    String unit = Api.openDistrict();
    String other = Api.openDistrict();
    execute(insert(indicator, unit));
    refused(
        "23503",
        "observation_indicator_code_fkey",
        "delete from indicator where code = '" + indicator + "'");
    refused("23503", "observation_unit_code_fkey", "delete from unit where code = '" + unit + "'");
    refused(
        "23000",
        "observation_key_fixed",
        "update observation set unit_code = '"
            + other
            + "' where indicator_code = '"
            + indicator
            + "'");
    execute("update observation set value = 7 where indicator_code = '" + indicator + "'");
    execute("delete from observation where indicator_code = '" + indicator + "'");
    execute("delete from indicator where code = '" + indicator + "'");
    assertEquals(0, count("select count(*) from indicator where code = ?", indicator));
  }

  private static String insert(String indicator, String unit) {
    return "insert into observation (id, indicator_code, unit_code, year, status, value) values"
        + " (nextval('observation_seq'), '"
        + indicator
        + "', '"
        + unit
        + "', 2000, 'OFFICIAL', 1)";
  }

  private void refused(String state, String constraint, String sql) {
    PSQLException e = assertThrows(PSQLException.class, () -> execute(sql));
    assertEquals(state, e.getSQLState(), e.getMessage());
    assertEquals(constraint, e.getServerErrorMessage().getConstraint());
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = database.getConnection();
        var s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private int count(String sql, String code) throws SQLException {
    try (Connection c = database.getConnection();
        var s = c.prepareStatement(sql)) {
      s.setString(1, code);
      try (var r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }
}
