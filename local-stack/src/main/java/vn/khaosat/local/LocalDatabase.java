package vn.khaosat.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** An embedded PostgreSQL 17 whose data directory survives restarts. */
final class LocalDatabase implements AutoCloseable {

  private final EmbeddedPostgres postgres;

  private LocalDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static LocalDatabase start(Path dataDirectory, int port) throws IOException {
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            .setPort(port)
            .start();
    return new LocalDatabase(postgres);
  }

  void ensureDatabase(String name) throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      if (!s.executeQuery("select 1 from pg_database where datname = '" + name + "'").next()) {
        s.execute("create database " + name);
      }
    }
  }

  String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
