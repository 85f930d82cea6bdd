package vn.khaosat.indicators.service.observations;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Streams figures as CSV in the import's own columns, so an export can be edited and imported back.
 * Rows are read with a cursor and written as they come: memory stays flat however many.
 */
@ApplicationScoped
public class ObservationExporter {

  private final AgroalDataSource dataSource;

  public ObservationExporter(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  public StreamingOutput export(ObservationFilter filter) {
    return output -> {
      var writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
      try (Connection c = dataSource.getConnection();
          CSVPrinter csv =
              CSVFormat.RFC4180
                  .builder()
                  .setHeader(ObservationCsvReader.COLUMNS.toArray(String[]::new))
                  .get()
                  .print(writer)) {
        c.setAutoCommit(false); // a cursor needs a transaction in PostgreSQL
        try (PreparedStatement s = prepare(c, filter);
            ResultSet r = s.executeQuery()) {
          while (r.next()) {
            csv.printRecord(
                r.getString(1),
                r.getString(2),
                r.getInt(3),
                r.getBigDecimal(4).stripTrailingZeros().toPlainString(),
                r.getString(5),
                r.getString(6),
                r.getString(7),
                r.getString(8));
          }
        }
        c.commit();
      } catch (SQLException e) {
        throw new IOException("Export failed", e);
      }
    };
  }

  private static PreparedStatement prepare(Connection c, ObservationFilter f) throws SQLException {
    StringBuilder sql =
        new StringBuilder(
            "select indicator_code, unit_code, year, value, status, source, poverty_standard, note"
                + " from observation where true");
    List<Object> args = new ArrayList<>();
    add(sql, args, " and indicator_code = ?", f.indicator());
    add(sql, args, " and unit_code = ?", f.unit());
    add(sql, args, " and year >= ?", f.fromYear());
    add(sql, args, " and year <= ?", f.toYear());
    add(sql, args, " and status = ?", f.status() == null ? null : f.status().name());
    sql.append(" order by indicator_code, unit_code, year, status");
    PreparedStatement s = c.prepareStatement(sql.toString());
    for (int i = 0; i < args.size(); i++) {
      s.setObject(i + 1, args.get(i));
    }
    s.setFetchSize(2000);
    return s;
  }

  private static void add(StringBuilder sql, List<Object> args, String clause, Object value) {
    if (value != null && !(value instanceof String s && s.isBlank())) {
      sql.append(clause);
      args.add(value);
    }
  }
}
