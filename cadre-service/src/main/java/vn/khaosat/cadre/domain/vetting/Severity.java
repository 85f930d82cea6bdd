package vn.khaosat.cadre.domain.vetting;

/** How much a failed rule weighs: FAIL blocks a candidate, WARN flags, INFO only informs. */
public enum Severity {
  FAIL,
  WARN,
  INFO
}
