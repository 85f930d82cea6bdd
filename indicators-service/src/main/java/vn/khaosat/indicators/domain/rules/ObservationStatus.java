package vn.khaosat.indicators.domain.rules;

/** The standing of a figure (loại số liệu); the rank orders the actuals by how final they are. */
public enum ObservationStatus {
  ESTIMATE(1, "số ước", "estimate"),
  PRELIMINARY(2, "số sơ bộ", "preliminary figure"),
  OFFICIAL(3, "số chính thức", "official figure"),
  /** A plan figure is never an actual, so it has no rank among them. */
  PLAN(0, "kế hoạch", "plan");

  private final int rank;
  private final String labelVi;
  private final String labelEn;

  ObservationStatus(int rank, String labelVi, String labelEn) {
    this.rank = rank;
    this.labelVi = labelVi;
    this.labelEn = labelEn;
  }

  /** Higher is more final: OFFICIAL 3 > PRELIMINARY 2 > ESTIMATE 1; PLAN 0. */
  public int rank() {
    return rank;
  }

  /** False for PLAN, which computations never use as an actual. */
  public boolean isActual() {
    return this != PLAN;
  }

  public String labelVi() {
    return labelVi;
  }

  public String labelEn() {
    return labelEn;
  }
}
