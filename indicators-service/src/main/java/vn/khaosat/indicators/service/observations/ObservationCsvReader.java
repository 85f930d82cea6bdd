package vn.khaosat.indicators.service.observations;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.khaosat.indicators.domain.ColumnLimits;
import vn.khaosat.indicators.domain.rules.ObservationStatus;
import vn.khaosat.problem.Messages;
import vn.khaosat.problem.SafeText;

/**
 * Reads the long CSV of figures with SDMX-style columns {@code
 * INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS,SOURCE} (plus optional {@code
 * POVERTY_STANDARD} and {@code NOTE}). A broken line becomes a conflict; a broken file (no header,
 * a missing column, unbalanced quotes, a cell that is not text or too long: {@link CsvCells}) is a
 * 400 naming the line.
 */
final class ObservationCsvReader {

  static final List<String> COLUMNS =
      List.of(
          "INDICATOR",
          "REF_AREA",
          "TIME_PERIOD",
          "OBS_VALUE",
          "OBS_STATUS",
          "SOURCE",
          "POVERTY_STANDARD",
          "NOTE");

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true)
          // no trimming here: a control character at the end of a cell is refused, not dropped
          .setTrim(false)
          .setAllowMissingColumnNames(false)
          .get();

  // compiled once: String.matches compiles its pattern on every call, twice per line here
  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
  private static final Pattern VALUE = Pattern.compile("-?[0-9]{1,18}(\\.[0-9]{1,6})?");

  /** The most of a cell a conflict repeats. */
  private static final int SHOWN = 100;

  private final Locale locale;
  private CsvHeader header;
  final List<CsvRow> rows = new ArrayList<>();
  final List<ImportConflict> conflicts = new ArrayList<>();
  int lines;

  ObservationCsvReader(Locale locale) {
    this.locale = locale;
  }

  ObservationCsvReader read(Reader reader) {
    CSVParser parser = open(reader);
    try (parser) {
      header = CsvHeader.of(parser.getHeaderNames());
      for (CSVRecord record : parser) {
        lines++;
        int line = (int) record.getRecordNumber() + 1;
        CsvCells.check(record, header.names(), line);
        parse(record, line);
      }
      return this;
    } catch (UncheckedIOException | IllegalStateException | IOException e) {
      // the header is line 1; the record that could not be read is the next one
      throw CsvFailure.of(lines + 2, e);
    }
  }

  private static CSVParser open(Reader reader) {
    try {
      return CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
    } catch (UncheckedIOException
        | IllegalStateException
        | IllegalArgumentException
        | IOException e) {
      throw CsvFailure.of(1, e);
    }
  }

  private void parse(CSVRecord record, int line) {
    if (!record.isConsistent()) {
      conflict(line, null, null, "import.columnCount", record.size());
      return;
    }
    String indicator = field(record, "INDICATOR");
    String unit = field(record, "REF_AREA");
    if (indicator == null) {
      conflict(line, "INDICATOR", null, "import.required", "INDICATOR");
      return;
    }
    if (unit == null) {
      conflict(line, "REF_AREA", null, "import.required", "REF_AREA");
      return;
    }
    Integer year = year(line, field(record, "TIME_PERIOD"));
    BigDecimal value = value(line, field(record, "OBS_VALUE"));
    ObservationStatus status = status(line, field(record, "OBS_STATUS"));
    if (year != null && value != null && status != null) {
      rows.add(
          new CsvRow(
              line,
              indicator,
              unit,
              year,
              status,
              value,
              field(record, "SOURCE"),
              field(record, "POVERTY_STANDARD"),
              field(record, "NOTE")));
    }
  }

  private Integer year(int line, String text) {
    if (text != null && YEAR.matcher(text).matches()) {
      int year = Integer.parseInt(text);
      if (year >= ColumnLimits.YEAR_MIN && year <= ColumnLimits.YEAR_MAX) {
        return year;
      }
    }
    conflict(line, "TIME_PERIOD", text, "import.badYear", text);
    return null;
  }

  private BigDecimal value(int line, String text) {
    if (text != null && VALUE.matcher(text).matches()) {
      return new BigDecimal(text);
    }
    conflict(line, "OBS_VALUE", text, "import.badValue", text);
    return null;
  }

  private ObservationStatus status(int line, String text) {
    ObservationStatus status = StatusCodes.parse(text);
    if (status == null) {
      conflict(line, "OBS_STATUS", text, "import.badStatus", text);
    }
    return status;
  }

  private String field(CSVRecord record, String column) {
    return header.field(record, column);
  }

  void conflict(int line, String column, String value, String key, Object... args) {
    String shown = value == null ? null : SafeText.printable(value, SHOWN);
    conflicts.add(new ImportConflict(line, column, shown, Messages.format(locale, key, args)));
  }
}
