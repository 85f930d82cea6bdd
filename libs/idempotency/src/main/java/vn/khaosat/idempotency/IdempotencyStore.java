package vn.khaosat.idempotency;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Keys and responses in the service's own {@code idempotency_record} table (each service creates it
 * in its migrations). A key lives 24 hours.
 */
@ApplicationScoped
public class IdempotencyStore {

  private static final String EXPIRE =
      "delete from idempotency_record where principal = ? and idempotency_key = ?"
          + " and created_at < now() - interval '24 hours'";
  private static final String RESERVE =
      "insert into idempotency_record (principal, idempotency_key, fingerprint) values (?, ?, ?)"
          + " on conflict do nothing";
  private static final String FIND =
      "select fingerprint, status_code, location, body from idempotency_record"
          + " where principal = ? and idempotency_key = ?";

  private final AgroalDataSource dataSource;

  public IdempotencyStore(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Reserves the key; returns what is stored under it when it was taken already. */
  Optional<StoredResponse> reserve(String principal, String key, String fingerprint)
      throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      update(c, EXPIRE, principal, key);
      if (update(c, RESERVE, principal, key, fingerprint) == 1) {
        return Optional.empty();
      }
      try (PreparedStatement s = c.prepareStatement(FIND)) {
        s.setString(1, principal);
        s.setString(2, key);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          // wasNull tells of the column read last: read it right after the status
          int code = r.getInt(2);
          Integer status = r.wasNull() ? null : code;
          return Optional.of(
              new StoredResponse(r.getString(1), status, r.getString(3), r.getString(4)));
        }
      }
    }
  }

  void complete(String principal, String key, int status, String location, String body) {
    execute(
        "update idempotency_record set status_code = ?, location = ?, body = ?"
            + " where principal = ? and idempotency_key = ?",
        status,
        location,
        body,
        principal,
        key);
  }

  void release(String principal, String key) {
    execute(
        "delete from idempotency_record where principal = ? and idempotency_key = ?",
        principal,
        key);
  }

  private void execute(String sql, Object... args) {
    try (Connection c = dataSource.getConnection()) {
      update(c, sql, args);
    } catch (SQLException e) {
      throw new IllegalStateException("Idempotency record not written", e);
    }
  }

  private static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      return s.executeUpdate();
    }
  }
}
