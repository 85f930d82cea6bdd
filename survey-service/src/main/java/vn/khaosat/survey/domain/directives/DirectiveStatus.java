package vn.khaosat.survey.domain.directives;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a directive stands: open, in progress, done (with evidence) or cancelled. Done may be
 * reopened into progress when the evidence falls short, and a cancelled task may be reinstated.
 * Staying put is a move too, to add a note or evidence. The table below is the only place that says
 * which moves exist.
 */
public enum DirectiveStatus {
  OPEN,
  IN_PROGRESS,
  DONE,
  CANCELLED;

  private static final Map<DirectiveStatus, Set<DirectiveStatus>> MOVES =
      new EnumMap<>(DirectiveStatus.class);

  static {
    MOVES.put(OPEN, EnumSet.of(OPEN, IN_PROGRESS, DONE, CANCELLED));
    MOVES.put(IN_PROGRESS, EnumSet.of(OPEN, IN_PROGRESS, DONE, CANCELLED));
    MOVES.put(DONE, EnumSet.of(DONE, IN_PROGRESS));
    MOVES.put(CANCELLED, EnumSet.of(CANCELLED, OPEN));
  }

  /** Still to be done: counts for overdue. */
  public boolean isOpen() {
    return this == OPEN || this == IN_PROGRESS;
  }

  /** The statuses this one may move to. */
  public Set<DirectiveStatus> allowedNext() {
    return EnumSet.copyOf(MOVES.get(this));
  }

  public boolean mayMoveTo(DirectiveStatus target) {
    return target != null && MOVES.get(this).contains(target);
  }
}
