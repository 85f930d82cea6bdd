package vn.khaosat.survey.domain.sessions;

/**
 * The part a participant plays: the delegation's leader (trưởng đoàn), members and secretary (thư
 * ký), the host's chair (chủ trì phía địa phương) and members, guests and enterprise
 * representatives.
 */
public enum ParticipantRole {
  DELEGATION_LEADER(true),
  DELEGATION_MEMBER(true),
  SECRETARY(true),
  HOST_CHAIR(false),
  HOST_MEMBER(false),
  GUEST(false),
  ENTERPRISE_REPRESENTATIVE(false);

  private final boolean delegation;

  ParticipantRole(boolean delegation) {
    this.delegation = delegation;
  }

  /** True for the delegation's side. */
  public boolean delegation() {
    return delegation;
  }

  /** Who may sign the minutes as chair (chủ trì): the delegation's leader or the host's chair. */
  public boolean mayChair() {
    return this == DELEGATION_LEADER || this == HOST_CHAIR;
  }
}
