package vn.khaosat.cadre.domain.vetting;

import java.time.YearMonth;

/** A parsed rule that checks one candidate. Instances are immutable and thread-safe. */
public interface CandidateRule {

  RuleDefinition definition();

  Finding check(CandidateFacts candidate, YearMonth referenceMonth);
}
