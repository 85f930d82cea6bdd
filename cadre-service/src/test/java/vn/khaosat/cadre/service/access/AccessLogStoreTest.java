package vn.khaosat.cadre.service.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The access log's batch statement against the real PostgreSQL: every field of every read kept, the
 * whole batch or none of it, and never taken back by the caller's rollback.
 */
@QuarkusTest
class AccessLogStoreTest {

  private static final OffsetDateTime AT =
      OffsetDateTime.of(2026, 12, 2, 8, 30, 15, 123_456_000, ZoneOffset.ofHours(7));

  @Inject AccessLogStore store;
  @Inject AgroalDataSource dataSource;
  @Inject UserTransaction transaction;

  private static String unique(String prefix) {
    return prefix + "-" + Long.toString(System.nanoTime(), 36);
  }

  private static List<PersonalDataRead> reads(String user, int count) {
    return IntStream.range(0, count)
        .mapToObj(
            i ->
                new PersonalDataRead(
                    10_000 + i,
                    user,
                    AT.plusNanos(i * 1_000L),
                    "GET",
                    "/api/cadres/{id}",
                    "r-" + i))
        .toList();
  }

  /** The rows of {@code user}, in the order of their ids. */
  private List<PersonalDataRead> rowsOf(String user) throws SQLException {
    List<PersonalDataRead> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select cadre_id, user_name, accessed_at, http_method, route, request_id"
                    + " from personal_data_access where user_name = ? order by id")) {
      s.setString(1, user);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.add(
              new PersonalDataRead(
                  r.getLong(1),
                  r.getString(2),
                  r.getObject(3, OffsetDateTime.class).withOffsetSameInstant(AT.getOffset()),
                  r.getString(4),
                  r.getString(5),
                  r.getString(6)));
        }
      }
    }
    return rows;
  }

  @Test
  void aBatchIsOneStatementKeepingEveryFieldOfEveryReadInOrder() throws SQLException {
    // quotes, a backslash, commas and braces: the array literal's own characters
    String user = unique("Nguyễn Thị \"Hà\", {tổ\\chức}");
    List<PersonalDataRead> reads = reads(user, 300);
    store.insert(reads);
    assertEquals(reads, rowsOf(user));
  }

  @Test
  void eachRowHasAnIdOfItsOwn() throws SQLException {
    String user = unique("ids");
    store.insert(reads(user, 40));
    store.insert(reads(user, 40));
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("select id from personal_data_access where user_name = ?")) {
      s.setString(1, user);
      var ids = new HashSet<Long>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add(r.getLong(1));
        }
      }
      assertEquals(80, ids.size());
    }
  }

  @Test
  void theRecordOutlivesTheCallersRollback() throws Exception {
    String user = unique("rollback");
    transaction.begin();
    try {
      store.insert(reads(user, 2));
    } finally {
      transaction.rollback();
    }
    assertEquals(reads(user, 2), rowsOf(user));
  }

  @Test
  void aBatchWithARowTheTableRefusesRecordsNoneAndFails() throws SQLException {
    String user = unique("refused");
    List<PersonalDataRead> reads = new ArrayList<>(reads(user, 3));
    reads.add(new PersonalDataRead(1, user, AT, "TOO-LONG-METHOD", "/api/x", "r")); // varchar(8)
    assertThrows(IllegalStateException.class, () -> store.insert(reads));
    assertEquals(List.of(), rowsOf(user));
    store.insert(List.of()); // nothing to write: no statement, no failure
    assertEquals(List.of(), rowsOf(user));
  }

  @Test
  void theAsyncWriterGathersReadsAndWritesThemAllByShutdown() throws Exception {
    String user = unique("async");
    AccessLogWriter writer =
        new AccessLogWriter(store, AccessLogWriter.Mode.ASYNC, 1_000, 500, 10_000);
    writer.start();
    List<PersonalDataRead> reads = reads(user, 25);
    for (PersonalDataRead read : reads) {
      writer.write(List.of(read));
    }
    long start = System.nanoTime();
    writer.stop(new ShutdownEvent());
    // closing does not sit out the 10 s linger
    assertTrue(System.nanoTime() - start < 5_000_000_000L, "shutdown waited the linger");
    assertEquals(reads, rowsOf(user));
    assertEquals(0, writer.pending());
  }
}
