package vn.khaosat.cadre.domain.vetting;

/**
 * Conclusion on one candidate.
 *
 * @param failures number of blocking findings (FAILED with severity FAIL)
 * @param warnings number of FAILED findings with severity WARN
 */
public record CandidateVerdict(String candidateKey, Verdict verdict, int failures, int warnings) {}
