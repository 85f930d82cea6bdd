package vn.khaosat.cadre.domain.plans;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a personnel plan stands: DRAFT → SUBMITTED → VETTED → APPROVED. A submitted or vetted plan
 * may go back to draft (to change the slate), a vetted one be vetted again; an approved one stays.
 * The allowed moves are this table, asked through {@link #mayMoveTo}.
 */
public enum PlanStatus {
  DRAFT,
  SUBMITTED,
  VETTED,
  APPROVED;

  private static final Map<PlanStatus, Set<PlanStatus>> MOVES = new EnumMap<>(PlanStatus.class);

  static {
    MOVES.put(DRAFT, EnumSet.of(SUBMITTED));
    MOVES.put(SUBMITTED, EnumSet.of(VETTED, DRAFT));
    MOVES.put(VETTED, EnumSet.of(VETTED, DRAFT, APPROVED));
    MOVES.put(APPROVED, EnumSet.noneOf(PlanStatus.class));
  }

  public boolean mayMoveTo(PlanStatus next) {
    return MOVES.get(this).contains(next);
  }

  /** The statuses from which a plan may move to {@code next}. */
  public static Set<PlanStatus> movingTo(PlanStatus next) {
    Set<PlanStatus> from = EnumSet.noneOf(PlanStatus.class);
    MOVES.forEach(
        (status, moves) -> {
          if (moves.contains(next)) {
            from.add(status);
          }
        });
    return from;
  }

  /** Whether the slate may still change: only a draft's. */
  public boolean editable() {
    return this == DRAFT;
  }
}
