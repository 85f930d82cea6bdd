package vn.khaosat.cadre.domain.vetting;

/** Overall conclusion on a candidate (kết luận thẩm định). */
public enum Verdict {
  ELIGIBLE,
  ELIGIBLE_WITH_WARNINGS,
  NOT_ELIGIBLE
}
