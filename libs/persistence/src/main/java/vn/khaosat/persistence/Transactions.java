package vn.khaosat.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * What a transaction of PostgreSQL can promise beyond its rows' own locks: one writer at a time for
 * a named piece of work, and one consistent snapshot for a reader of many statements.
 */
public final class Transactions {

  private static final String TIMEOUT = "select set_config('lock_timeout', ?, true)";
  private static final String LOCK = "select pg_advisory_xact_lock(hashtextextended(?, 0))";

  private Transactions() {}

  /**
   * Waits, at most {@code wait}, until no other transaction holds the lock named {@code name}, and
   * holds it until this transaction ends (a transaction-scoped advisory lock, so that a crash or a
   * rollback frees it). Past the wait, PostgreSQL answers 55P03, which {@link
   * DatabaseProblemMapper} turns into a 409 "try again". The lock timeout set here lasts until the
   * transaction ends; row locks the transaction waits for afterwards are bounded by it too.
   */
  public static void exclusively(String name, Duration wait) {
    session()
        .doWork(
            c -> {
              query(c, TIMEOUT, wait.toMillis() + "ms");
              query(c, LOCK, name);
            });
  }

  private static void query(Connection c, String sql, String parameter) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, parameter);
      try (ResultSet r = s.executeQuery()) {
        r.next();
      }
    }
  }

  /**
   * Makes the current transaction read every statement from one snapshot, and write nothing
   * (REPEATABLE READ, READ ONLY): a report made of several queries then never mixes the states
   * before and after another transaction's commit. Must come before the transaction's first query.
   * The session is read-only too: what it loads keeps no copy for dirty checking, and nothing is
   * flushed, so a report of thousands of rows costs no check of each at commit.
   */
  public static void readOneSnapshot() {
    Session session = session();
    session.doWork(Transactions::repeatableReadOnly);
    session.setDefaultReadOnly(true);
    session.setHibernateFlushMode(FlushMode.MANUAL);
  }

  private static void repeatableReadOnly(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("set transaction isolation level repeatable read, read only");
    }
  }

  private static Session session() {
    return Panache.getEntityManager().unwrap(Session.class);
  }
}
