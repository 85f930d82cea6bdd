package vn.khaosat.cadre.service.access;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

/**
 * Inserts reads into the access log, always in a transaction of its own: a read's rollback, or a
 * failure after the data left, never takes the record with it. A batch is one statement, its rows
 * passed as arrays: one round trip, one commit and no entity per row, whatever the batch's size
 * (bench/access-log.sh: Hibernate's persist per row made the writer thread the log's main cost).
 */
@ApplicationScoped
public class AccessLogStore {

  // ids from the table's own sequence (steps of 50, as Hibernate's pooled ids would take them)
  static final String INSERT =
      """
      insert into personal_data_access
          (id, cadre_id, user_name, accessed_at, http_method, route, request_id)
      select nextval('personal_data_access_seq'), r.cadre_id, r.user_name,
             r.accessed_at::timestamptz, r.http_method, r.route, r.request_id
      from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
          as r (cadre_id, user_name, accessed_at, http_method, route, request_id)
      """;

  private final AgroalDataSource dataSource;

  public AccessLogStore(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * One statement outside any transaction of the caller's (suspended), so committed on its own by
   * auto-commit: all the batch's rows or none.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void insert(List<PersonalDataRead> reads) {
    if (reads.isEmpty()) {
      return;
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setArray(
          1,
          connection.createArrayOf(
              "bigint", reads.stream().map(PersonalDataRead::cadreId).toArray(Long[]::new)));
      insert.setArray(2, texts(connection, reads, PersonalDataRead::user));
      insert.setArray(3, texts(connection, reads, read -> read.at().toString()));
      insert.setArray(4, texts(connection, reads, PersonalDataRead::method));
      insert.setArray(5, texts(connection, reads, PersonalDataRead::route));
      insert.setArray(6, texts(connection, reads, PersonalDataRead::requestId));
      int rows = insert.executeUpdate();
      if (rows != reads.size()) {
        throw new IllegalStateException(rows + " of " + reads.size() + " reads recorded");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("access log: " + reads.size() + " reads not recorded", e);
    }
  }

  private static java.sql.Array texts(
      Connection connection, List<PersonalDataRead> reads, Function<PersonalDataRead, String> field)
      throws SQLException {
    return connection.createArrayOf("text", reads.stream().map(field).toArray(String[]::new));
  }
}
