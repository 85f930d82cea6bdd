package vn.khaosat.cadre.domain.vetting;

/** Result of applying one rule to one candidate or to the slate. */
public enum Outcome {
  PASSED,
  FAILED,
  NOT_APPLICABLE
}
