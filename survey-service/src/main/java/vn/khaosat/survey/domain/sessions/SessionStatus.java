package vn.khaosat.survey.domain.sessions;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a session stands: planned, held, concluded (the leader has concluded), signed (the minutes
 * are signed and never change). It moves one step forward at a time: the table below is the only
 * place that says which moves exist.
 */
public enum SessionStatus {
  PLANNED,
  HELD,
  CONCLUDED,
  SIGNED;

  private static final Map<SessionStatus, Set<SessionStatus>> MOVES =
      new EnumMap<>(SessionStatus.class);

  static {
    MOVES.put(PLANNED, EnumSet.of(HELD));
    MOVES.put(HELD, EnumSet.of(CONCLUDED));
    MOVES.put(CONCLUDED, EnumSet.of(SIGNED));
    MOVES.put(SIGNED, EnumSet.noneOf(SessionStatus.class));
  }

  /** The one status this one may move to, or null for a signed session. */
  public SessionStatus next() {
    return MOVES.get(this).stream().findFirst().orElse(null);
  }

  public boolean mayMoveTo(SessionStatus target) {
    return target != null && MOVES.get(this).contains(target);
  }

  /** Whether the session's content (participants, statements, directives…) may still change. */
  public boolean editable() {
    return this != SIGNED;
  }
}
