package vn.khaosat.indicators.service.observations;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import vn.khaosat.problem.ApiProblem;

/**
 * The header of an import: its columns by position, named in upper case without surrounding spaces,
 * each once, the required ones present. Cells are read by position, so that the header's names are
 * checked as text like any cell before they name anything.
 */
record CsvHeader(List<String> names, Map<String, Integer> positions) {

  static final List<String> REQUIRED =
      List.of("INDICATOR", "REF_AREA", "TIME_PERIOD", "OBS_VALUE", "OBS_STATUS");

  static CsvHeader of(List<String> header) {
    if (header.isEmpty()) {
      throw ApiProblem.badRequest("import.empty");
    }
    CsvCells.checkHeader(header);
    List<String> names = header.stream().map(h -> h.strip().toUpperCase(Locale.ROOT)).toList();
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      if (positions.putIfAbsent(names.get(i), i) != null) {
        throw ApiProblem.badRequest("import.duplicateColumn", names.get(i));
      }
    }
    List<String> missing = REQUIRED.stream().filter(c -> !positions.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw ApiProblem.badRequest("import.missingColumns", String.join(", ", missing));
    }
    return new CsvHeader(names, Map.copyOf(positions));
  }

  /** The cell of {@code column} without surrounding spaces; null when absent or blank. */
  String field(CSVRecord record, String column) {
    Integer index = positions.get(column);
    if (index == null || index >= record.size()) {
      return null;
    }
    String value = record.get(index);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
