package vn.khaosat.indicators.service;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.khaosat.indicators.domain.rules.ObservationStatus;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.problem.Messages;

/**
 * Reads the long CSV of figures with SDMX-style columns {@code
 * INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS,SOURCE} (plus optional {@code
 * POVERTY_STANDARD} and {@code NOTE}). A broken line becomes a conflict; a broken file (no header,
 * a missing column, unbalanced quotes) is a 400.
 */
final class ObservationCsvReader {

  static final List<String> REQUIRED =
      List.of("INDICATOR", "REF_AREA", "TIME_PERIOD", "OBS_VALUE", "OBS_STATUS");
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
          .setTrim(true)
          .setIgnoreHeaderCase(true)
          .get();

  private final Locale locale;
  final List<CsvRow> rows = new ArrayList<>();
  final List<ImportConflict> conflicts = new ArrayList<>();
  int lines;

  ObservationCsvReader(Locale locale) {
    this.locale = locale;
  }

  ObservationCsvReader read(Reader reader) {
    try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
      checkHeader(parser.getHeaderNames());
      for (CSVRecord record : parser) {
        lines++;
        parse(record);
      }
      return this;
    } catch (UncheckedIOException | IllegalStateException | IOException e) {
      throw ApiProblem.badRequest("import.malformedCsv", firstLine(e.getMessage()));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest("import.malformedCsv", firstLine(e.getMessage()));
    }
  }

  private static void checkHeader(List<String> header) {
    if (header.isEmpty()) {
      throw ApiProblem.badRequest("import.empty");
    }
    Set<String> present = Set.copyOf(header.stream().map(h -> h.toUpperCase(Locale.ROOT)).toList());
    List<String> missing = REQUIRED.stream().filter(c -> !present.contains(c)).toList();
    if (!missing.isEmpty()) {
      throw ApiProblem.badRequest("import.missingColumns", String.join(", ", missing));
    }
  }

  private void parse(CSVRecord record) {
    int line = (int) record.getRecordNumber() + 1;
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
    if (text != null && text.matches("[0-9]{4}")) {
      return Integer.parseInt(text);
    }
    conflict(line, "TIME_PERIOD", text, "import.badYear", text);
    return null;
  }

  private BigDecimal value(int line, String text) {
    if (text != null && text.matches("-?[0-9]{1,18}(\\.[0-9]{1,6})?")) {
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

  private static String field(CSVRecord record, String column) {
    if (!record.isMapped(column) || !record.isSet(column)) {
      return null;
    }
    String value = record.get(column);
    return value == null || value.isBlank() ? null : value.strip();
  }

  void conflict(int line, String column, String value, String key, Object... args) {
    conflicts.add(new ImportConflict(line, column, value, Messages.format(locale, key, args)));
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
