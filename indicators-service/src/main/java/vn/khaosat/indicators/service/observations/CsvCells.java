package vn.khaosat.indicators.service.observations;

import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import vn.khaosat.indicators.domain.ColumnLimits;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.problem.FieldViolation;
import vn.khaosat.problem.Messages;
import vn.khaosat.problem.SafeText;

/**
 * The input policy for the cells of an import, the same as for the JSON records: every cell is text
 * PostgreSQL can hold ({@link SafeText}) and within its column's length. A cell that is not is no
 * conflict of one line but a broken file: a 400 naming the line and the column.
 */
final class CsvCells {

  /** A year, a number or a status, like a query parameter's scalar (ParameterPolicy). */
  static final int SCALAR = 40;

  private static final Map<String, Integer> MAX_LENGTH =
      Map.of(
          "INDICATOR", ColumnLimits.INDICATOR_CODE,
          "REF_AREA", ColumnLimits.UNIT_CODE,
          "TIME_PERIOD", SCALAR,
          "OBS_VALUE", SCALAR,
          "OBS_STATUS", SCALAR,
          "SOURCE", ColumnLimits.SOURCE,
          "POVERTY_STANDARD", ColumnLimits.POVERTY_STANDARD,
          "NOTE", ColumnLimits.NOTE);

  /** A column the import does not read is still text, as long as the longest one it reads. */
  private static final int OTHER = ColumnLimits.NOTE;

  private CsvCells() {}

  static void checkHeader(List<String> names) {
    for (int i = 0; i < names.size(); i++) {
      check(1, "#" + (i + 1), names.get(i), SCALAR);
    }
  }

  /** Every cell of {@code record}; {@code columns} are the header's names, in upper case. */
  static void check(CSVRecord record, List<String> columns, int line) {
    for (int i = 0; i < record.size(); i++) {
      String column = i < columns.size() ? columns.get(i) : "#" + (i + 1);
      check(line, column, record.get(i), MAX_LENGTH.getOrDefault(column, OTHER));
    }
  }

  private static void check(int line, String column, String value, int max) {
    var flaw = SafeText.flaw(value);
    if (flaw.isPresent()) {
      throw refused(
          column, "import.unsafeCell." + flaw.get().kind(), line, column, flaw.get().index() + 1);
    }
    if (value != null && value.length() > max) {
      throw refused(column, "import.cellTooLong", line, column, value.length(), max);
    }
  }

  private static ApiProblem refused(String column, String key, Object... args) {
    String message = Messages.format(Messages.DEFAULT_LOCALE, key, args);
    return ApiProblem.invalidInput(List.of(new FieldViolation(column, "body", message, key, args)));
  }
}
