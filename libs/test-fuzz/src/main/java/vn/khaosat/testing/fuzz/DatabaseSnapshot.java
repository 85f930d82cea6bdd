package vn.khaosat.testing.fuzz;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows of every table of a database, as a count and a digest per table, so that a run can prove
 * that not one row was written, changed or removed.
 */
public final class DatabaseSnapshot {

  /** A database to watch. */
  public record Source(String name, String url, String user, String password) {

    /** The datasource of the Quarkus application under test, from its configuration. */
    public static Source ofQuarkusTest(String name) {
      var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
      return new Source(
          name,
          config.getValue("quarkus.datasource.jdbc.url", String.class),
          config.getValue("quarkus.datasource.username", String.class),
          config.getValue("quarkus.datasource.password", String.class));
    }
  }

  private DatabaseSnapshot() {}

  /** {@code database.table} → {@code count:digest}, for each table of each source. */
  public static Map<String, String> take(List<Source> sources) {
    Map<String, String> tables = new TreeMap<>();
    for (Source source : sources) {
      try (Connection c =
              DriverManager.getConnection(source.url(), source.user(), source.password());
          Statement s = c.createStatement()) {
        List<String> names = new ArrayList<>();
        try (ResultSet r =
            s.executeQuery(
                "select quote_ident(table_schema) || '.' || quote_ident(table_name) from"
                    + " information_schema.tables where table_type = 'BASE TABLE' and"
                    + " table_schema not in ('pg_catalog', 'information_schema')")) {
          while (r.next()) {
            names.add(r.getString(1));
          }
        }
        for (String table : names) {
          try (ResultSet r =
              s.executeQuery(
                  "select count(*) || ':' || coalesce(md5(string_agg(md5(t::text), ',' order by"
                      + " md5(t::text))), '') from "
                      + table
                      + " t")) {
            r.next();
            tables.put(source.name() + "." + table, r.getString(1));
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot read database " + source.name(), e);
      }
    }
    return tables;
  }

  /**
   * A snapshot once nothing has changed for a moment: what a request wrote late (cadre-service's
   * access log is written by a background batch, up to 50 ms after the answer) belongs to it, not
   * to the next operation's attacks. Gives up waiting after about three seconds.
   */
  public static Map<String, String> settled(List<Source> sources) {
    Map<String, String> last = take(sources);
    for (int i = 0; i < 20; i++) {
      try {
        Thread.sleep(150);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return last;
      }
      Map<String, String> now = take(sources);
      if (now.equals(last)) {
        return now;
      }
      last = now;
    }
    return last;
  }

  /** The tables whose rows differ between two snapshots, with their row counts. */
  public static List<String> changes(Map<String, String> before, Map<String, String> after) {
    List<String> changed = new ArrayList<>();
    after.forEach(
        (table, digest) -> {
          String old = before.get(table);
          if (!digest.equals(old)) {
            changed.add(
                table
                    + " (rows "
                    + (old == null ? "-" : old.split(":")[0])
                    + " → "
                    + digest.split(":")[0]
                    + ")");
          }
        });
    return changed;
  }
}
