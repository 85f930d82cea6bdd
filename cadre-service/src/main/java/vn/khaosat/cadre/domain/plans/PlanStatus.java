package vn.khaosat.cadre.domain.plans;

/** Where a personnel plan stands: DRAFT → SUBMITTED → VETTED → APPROVED. */
public enum PlanStatus {
  DRAFT,
  SUBMITTED,
  VETTED,
  APPROVED
}
