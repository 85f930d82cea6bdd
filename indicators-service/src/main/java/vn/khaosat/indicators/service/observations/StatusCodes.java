package vn.khaosat.indicators.service.observations;

import java.util.Locale;
import java.util.Map;
import vn.khaosat.indicators.domain.rules.ObservationStatus;

/**
 * Status names as files write them: ours (OFFICIAL, PRELIMINARY, ESTIMATE, PLAN) or the SDMX
 * observation-status codes (A normal, P provisional, E estimated, F forecast).
 */
final class StatusCodes {

  private static final Map<String, ObservationStatus> SDMX =
      Map.of(
          "A", ObservationStatus.OFFICIAL,
          "P", ObservationStatus.PRELIMINARY,
          "E", ObservationStatus.ESTIMATE,
          "F", ObservationStatus.PLAN);

  private StatusCodes() {}

  /** The status, or null when the text names none. */
  static ObservationStatus parse(String text) {
    if (text == null) {
      return null;
    }
    String upper = text.strip().toUpperCase(Locale.ROOT);
    if (SDMX.containsKey(upper)) {
      return SDMX.get(upper);
    }
    try {
      return ObservationStatus.valueOf(upper);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }
}
