package vn.khaosat.survey.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V5 keeps what a database already holds: migrated from V2 with a session in it, every row stays
 * and becomes the initial revision, by "system", of the session and its parts.
 */
@QuarkusTest
class HistoryMigrationTest {

  private static final String SCHEMA = "history_migration";

  @Inject AgroalDataSource dataSource;

  @Test
  void anExistingSessionBecomesItsInitialRevision() throws SQLException {
    try {
      flyway("2").migrate();
      exec(
          "insert into survey_session (id, title, leading_body, host_unit_code, host_unit_name,"
              + " host_body, starts_at, place, purpose, reviewed_term, planned_term, status,"
              + " conclusion_text) values (1, 'Khảo sát', 'Tiểu ban Nội dung', '665',"
              + " 'Huyện Đắk Song', 'Ban Thường vụ Huyện ủy Đắk Song', '2019-11-28T08:00+07',"
              + " 'Hội trường', 'Khảo sát', '2015-2020', '2020-2025', 'HELD', 'Kết luận')",
          "insert into participant (id, session_id, position, full_name, role, attendance)"
              + " values (1, 1, 1, 'Hà Trung Ký', 'DELEGATION_LEADER', 'PRESENT')",
          "insert into directive (id, session_id, position, text, responsible_body,"
              + " responsible_unit_code, deadline, status) values (1, 1, 1, 'Rà soát',"
              + " 'Ban Thường vụ', '665', '2020-03-31', 'OPEN')");
      flyway(null).migrate();
      assertEquals("1 system", one("select count(*) || ' ' || max(author) from revision_info"));
      assertEquals(
          "0 Kết luận HELD",
          one("select revtype || ' ' || conclusion_text || ' ' || status from survey_session_aud"));
      assertEquals(
          "1 Hà Trung Ký", one("select session_id || ' ' || full_name from participant_aud"));
      assertEquals("2020-03-31", one("select deadline::text from directive_aud"));
      assertEquals("Khảo sát", one("select title from survey_session where id = 1"));
    } finally {
      exec("drop schema if exists " + SCHEMA + " cascade");
    }
  }

  @Test
  void anEmptyDatabaseGetsNoRevision() throws SQLException {
    try {
      flyway(null).migrate();
      assertEquals("0", one("select count(*) from revision_info"));
    } finally {
      exec("drop schema if exists " + SCHEMA + " cascade");
    }
  }

  private Flyway flyway(String target) {
    var config =
        Flyway.configure()
            .dataSource(dataSource)
            .schemas(SCHEMA)
            .locations("classpath:db/migration");
    return (target == null ? config : config.target(target)).load();
  }

  private void exec(String... sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      // a pooled connection: the search path is put back before it returns to the pool
      s.execute("set search_path to " + SCHEMA + ", public");
      try {
        for (String each : sql) {
          s.execute(each);
        }
      } finally {
        s.execute("reset search_path");
      }
    }
  }

  private String one(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("set search_path to " + SCHEMA);
      try (ResultSet r = s.executeQuery(sql)) {
        r.next();
        return r.getString(1);
      } finally {
        s.execute("reset search_path");
      }
    }
  }
}
