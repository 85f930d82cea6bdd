package vn.khaosat.survey.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a directive stands: open, in progress, done (with evidence) or cancelled. Done may be
 * reopened into progress when the evidence falls short, and a cancelled task may be reinstated.
 */
public enum DirectiveStatus {
  OPEN,
  IN_PROGRESS,
  DONE,
  CANCELLED;

  /** Still to be done: counts for overdue. */
  public boolean isOpen() {
    return this == OPEN || this == IN_PROGRESS;
  }

  /** The statuses this one may change to; staying put is allowed to add a note or evidence. */
  public Set<DirectiveStatus> allowedNext() {
    return switch (this) {
      case OPEN -> EnumSet.of(OPEN, IN_PROGRESS, DONE, CANCELLED);
      case IN_PROGRESS -> EnumSet.of(OPEN, IN_PROGRESS, DONE, CANCELLED);
      case DONE -> EnumSet.of(DONE, IN_PROGRESS);
      case CANCELLED -> EnumSet.of(CANCELLED, OPEN);
    };
  }

  public boolean mayChangeTo(DirectiveStatus target) {
    return allowedNext().contains(target);
  }
}
