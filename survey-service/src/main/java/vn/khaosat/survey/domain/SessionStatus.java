package vn.khaosat.survey.domain;

/**
 * Where a session stands: planned, held, concluded (the leader has concluded), signed (the minutes
 * are signed and never change). It moves one step forward at a time.
 */
public enum SessionStatus {
  PLANNED,
  HELD,
  CONCLUDED,
  SIGNED;

  /** The one status this one may move to, or null for a signed session. */
  public SessionStatus next() {
    return this == SIGNED ? null : values()[ordinal() + 1];
  }

  public boolean mayMoveTo(SessionStatus target) {
    return target != null && target == next();
  }

  /** Whether the session's content (participants, statements, directives…) may still change. */
  public boolean editable() {
    return this != SIGNED;
  }
}
