package vn.khaosat.indicators.service.observations;

import java.nio.charset.CharacterCodingException;
import vn.khaosat.problem.ApiProblem;

/**
 * Why the CSV reader gave up, as a 400 naming the line in the caller's terms: commons-csv's own
 * messages name its classes and are in English only.
 */
final class CsvFailure {

  private CsvFailure() {}

  static ApiProblem of(int line, Exception failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ApiProblem problem) {
        return problem;
      }
      if (t instanceof CharacterCodingException) {
        return ApiProblem.badRequest("import.notUtf8", line);
      }
    }
    String message = String.valueOf(failure.getMessage());
    if (message.contains("EOF reached before encapsulated token finished")) {
      return ApiProblem.badRequest("import.unclosedQuote", line);
    }
    if (message.contains("Invalid character between encapsulated token and delimiter")) {
      return ApiProblem.badRequest("import.strayQuote", line);
    }
    if (message.contains("header name is missing")) {
      return ApiProblem.badRequest("import.blankColumn");
    }
    return ApiProblem.badRequest("import.malformedCsv", line);
  }
}
