package vn.khaosat.cadre.domain.vetting;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The personnel plan (phương án nhân sự) for one committee as a whole.
 *
 * @param referenceMonth month of the congress; ages and bars are measured against it
 * @param previousCommitteeSize size of the outgoing committee, null if unknown
 * @param seats planned number of seats, null meaning the number of candidates
 * @param localEthnicMinorityPercent share of ethnic minorities in the local population, null if
 *     unknown
 */
public record SlateFacts(
    YearMonth referenceMonth,
    List<CandidateFacts> candidates,
    Integer previousCommitteeSize,
    Integer seats,
    BigDecimal localEthnicMinorityPercent) {

  public SlateFacts {
    Objects.requireNonNull(referenceMonth, "referenceMonth");
    candidates = candidates == null ? List.of() : List.copyOf(candidates);
    Set<String> keys = new HashSet<>();
    for (CandidateFacts candidate : candidates) {
      // Verdicts are keyed by candidate, so a duplicate would silently merge two people.
      if (!keys.add(candidate.key())) {
        throw new IllegalArgumentException("Duplicate candidate key " + candidate.key());
      }
    }
    if (previousCommitteeSize != null && previousCommitteeSize < 0) {
      throw new IllegalArgumentException("previousCommitteeSize must not be negative");
    }
    if (seats != null && seats < 0) {
      throw new IllegalArgumentException("seats must not be negative");
    }
    if (localEthnicMinorityPercent != null && localEthnicMinorityPercent.signum() < 0) {
      throw new IllegalArgumentException("localEthnicMinorityPercent must not be negative");
    }
  }

  /** Number of seats to fill: the planned seats, or the number of candidates. */
  public int size() {
    return seats != null ? seats : candidates.size();
  }
}
