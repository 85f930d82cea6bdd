package vn.khaosat.testing.postgres;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Gives a service under test a real PostgreSQL: the server named by {@code KHAOSAT_TEST_JDBC_URL}
 * (with {@code KHAOSAT_TEST_DB_USER} and {@code KHAOSAT_TEST_DB_PASSWORD}) when set, otherwise an
 * embedded PostgreSQL 17 started once per JVM, with one database per service (init argument {@code
 * database}).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

  public static final String URL_VARIABLE = "KHAOSAT_TEST_JDBC_URL";

  private static EmbeddedPostgres embedded;
  private String database = "test";

  @Override
  public void init(Map<String, String> initArgs) {
    database = initArgs.getOrDefault("database", database);
  }

  @Override
  public Map<String, String> start() {
    String url = System.getenv(URL_VARIABLE);
    if (url != null && !url.isBlank()) {
      return Map.of(
          "quarkus.datasource.jdbc.url", url,
          "quarkus.datasource.username", env("KHAOSAT_TEST_DB_USER", "postgres"),
          "quarkus.datasource.password", env("KHAOSAT_TEST_DB_PASSWORD", ""));
    }
    EmbeddedPostgres server = server();
    createDatabase(server, database);
    return Map.of(
        "quarkus.datasource.jdbc.url", server.getJdbcUrl("postgres", database),
        "quarkus.datasource.username", "postgres",
        "quarkus.datasource.password", "postgres");
  }

  private static synchronized EmbeddedPostgres server() {
    if (embedded == null) {
      try {
        embedded = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
      }
    }
    return embedded;
  }

  private static void createDatabase(EmbeddedPostgres server, String name) {
    if (!name.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("Not a plain database name: " + name);
    }
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      var exists = s.executeQuery("select 1 from pg_database where datname = '" + name + "'");
      if (!exists.next()) {
        s.execute("create database " + name);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create test database " + name, e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }

  @Override
  public synchronized void stop() {
    if (embedded != null) {
      try {
        embedded.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        embedded = null;
      }
    }
  }
}
