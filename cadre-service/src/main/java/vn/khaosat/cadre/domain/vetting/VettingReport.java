package vn.khaosat.cadre.domain.vetting;

import java.util.List;
import java.util.stream.Stream;

/**
 * Result of vetting a personnel plan (kết quả rà soát, thẩm định phương án nhân sự): findings per
 * candidate and rule, slate findings, and one verdict per candidate. A blocking slate finding does
 * not change the candidates' verdicts; it is reported by {@link #hasBlockingFailure()}.
 */
public record VettingReport(
    List<Finding> candidateFindings, List<Finding> slateFindings, List<CandidateVerdict> verdicts) {

  public VettingReport {
    candidateFindings = List.copyOf(candidateFindings);
    slateFindings = List.copyOf(slateFindings);
    verdicts = List.copyOf(verdicts);
  }

  /** Any blocking finding, on a candidate or on the slate. */
  public boolean hasBlockingFailure() {
    return allFindings().anyMatch(Finding::blocking);
  }

  /** Blocking findings, candidate and slate. */
  public long blockingCount() {
    return allFindings().filter(Finding::blocking).count();
  }

  /** FAILED findings with WARN severity, candidate and slate. */
  public long warningCount() {
    return allFindings().filter(Finding::warning).count();
  }

  public long countVerdicts(Verdict verdict) {
    return verdicts.stream().filter(v -> v.verdict() == verdict).count();
  }

  private Stream<Finding> allFindings() {
    return Stream.concat(candidateFindings.stream(), slateFindings.stream());
  }
}
