package vn.khaosat.indicators.domain.rules;

import java.util.Locale;

/** The standing of a figure (loại số liệu); the rank orders the actuals by how final they are. */
public enum ObservationStatus {
  ESTIMATE(1),
  PRELIMINARY(2),
  OFFICIAL(3),
  /** A plan figure is never an actual, so it has no rank among them. */
  PLAN(0);

  private final int rank;

  ObservationStatus(int rank) {
    this.rank = rank;
  }

  /** Higher is more final: OFFICIAL 3 > PRELIMINARY 2 > ESTIMATE 1; PLAN 0. */
  public int rank() {
    return rank;
  }

  /** False for PLAN, which computations never use as an actual. */
  public boolean isActual() {
    return this != PLAN;
  }

  /** Bundle key {@code enum.ObservationStatus.<name>}. */
  public String labelVi() {
    return Messages.bundled(Messages.VIETNAMESE, "enum.ObservationStatus." + name());
  }

  public String labelEn() {
    return Messages.bundled(Locale.ENGLISH, "enum.ObservationStatus." + name());
  }
}
