package vn.khaosat.cadre.domain.vetting;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** Age in full years at a reference month, counted from the birth month. */
final class Ages {

  private Ages() {}

  static int fullYears(CandidateFacts candidate, YearMonth referenceMonth) {
    long months = candidate.birthDate().month().until(referenceMonth, ChronoUnit.MONTHS);
    return (int) Math.floorDiv(months, 12);
  }
}
