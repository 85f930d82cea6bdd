package vn.khaosat.indicators.service.observations;

import java.util.Map;
import vn.khaosat.problem.ApiProblem;

/** The 409 of an import that had conflicts: nothing stored, and the summary says why. */
final class ImportRefused {

  private ImportRefused() {}

  static ApiProblem with(ImportSummary summary) {
    return ApiProblem.withExtensions(
        409,
        "import-conflicts",
        Map.of("summary", summary),
        "import.refused",
        summary.conflictCount());
  }
}
