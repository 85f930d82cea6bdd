package vn.khaosat.cadre.domain.committees;

/**
 * Role proposed for a candidate in a Party committee (cấp ủy): bí thư, phó bí thư, ủy viên ban
 * thường vụ, ủy viên.
 */
public enum CommitteeRole {
  SECRETARY(true),
  DEPUTY_SECRETARY(true),
  STANDING_MEMBER(true),
  MEMBER(false);

  private final boolean standing;

  CommitteeRole(boolean standing) {
    this.standing = standing;
  }

  /** Whether the role sits on the standing committee (ban thường vụ). */
  public boolean standing() {
    return standing;
  }
}
