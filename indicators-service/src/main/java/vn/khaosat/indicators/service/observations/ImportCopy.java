package vn.khaosat.indicators.service.observations;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams the lines of an import to PostgreSQL with {@code COPY ... FROM STDIN} in its text format,
 * through the driver's own connection under Agroal's wrapper.
 */
final class ImportCopy {

  private static final String COPY =
      "copy incoming_observation (id, indicator_code, unit_code, year, status, value, source,"
          + " note, poverty_standard) from stdin";

  /** Sent in pieces of about this many bytes: the file is never held twice in memory. */
  private static final int CHUNK = 1 << 16;

  private ImportCopy() {}

  static void copy(Connection c, List<CsvRow> rows, long[] ids) throws SQLException {
    CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
    try {
      StringBuilder text = new StringBuilder(CHUNK + 4096);
      int at = 0;
      for (CsvRow row : rows) {
        text.append(ids[at++]).append('\t');
        cell(text, row.indicator()).append('\t');
        cell(text, row.unit()).append('\t');
        text.append(row.year()).append('\t').append(row.status().name()).append('\t');
        text.append(row.value().toPlainString()).append('\t');
        cell(text, row.source()).append('\t');
        cell(text, row.note()).append('\t');
        cell(text, row.povertyStandard()).append('\n');
        if (text.length() >= CHUNK) {
          send(copy, text);
        }
      }
      send(copy, text);
      copy.endCopy();
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }

  private static void send(CopyIn copy, StringBuilder text) throws SQLException {
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    text.setLength(0);
  }

  /** A cell in COPY's text format: {@code \N} for null, backslash escapes for the separators. */
  private static StringBuilder cell(StringBuilder text, String value) {
    if (value == null) {
      return text.append("\\N");
    }
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      switch (ch) {
        case '\\' -> text.append("\\\\");
        case '\t' -> text.append("\\t");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(ch);
      }
    }
    return text;
  }
}
