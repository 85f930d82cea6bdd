package vn.khaosat.cadre.service.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each way the access log is read finds its page of newest reads in an index, without sorting: a
 * cadre's reads, a user's in a period, a period's, and the whole log. The planner is told to avoid
 * sorts and scans of the table, so that a missing index shows as a Sort even on a small table.
 */
@QuarkusTest
class AccessLogIndexTest {

  @Inject AgroalDataSource dataSource;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "cadre_id = 42 | personal_data_access_cadre_idx",
        "user_name = 'thanh-tra' and accessed_at >= now() - interval '1 day'"
            + " | personal_data_access_user_idx",
        "accessed_at >= now() - interval '1 day' and accessed_at < now()"
            + " | personal_data_access_pkey",
        "true | personal_data_access_pkey"
      })
  void aPageOfNewestReadsComesFromAnIndex(String filter, String index) throws SQLException {
    String plan =
        plan(
            "select * from personal_data_access where "
                + filter
                + " order by accessed_at desc, id desc limit 20");
    assertTrue(plan.contains("Index Scan") && plan.contains(index), plan);
    assertFalse(plan.contains("Sort"), plan);
  }

  private String plan(String query) throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("set enable_seqscan = off");
      statement.execute("set enable_sort = off");
      try (ResultSet rows = statement.executeQuery("explain " + query)) {
        while (rows.next()) {
          plan.append(rows.getString(1)).append('\n');
        }
      } finally {
        statement.execute("reset enable_seqscan");
        statement.execute("reset enable_sort");
      }
    }
    return plan.toString();
  }
}
