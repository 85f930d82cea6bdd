package vn.khaosat.cadre.domain.vetting;

import java.time.YearMonth;

/** Age in full years at a reference month, counted from the birth month. */
final class Ages {

  private Ages() {}

  static int fullYears(CandidateFacts candidate, YearMonth referenceMonth) {
    return candidate.birthDate().ageAt(referenceMonth);
  }
}
