package vn.khaosat.indicators.domain;

/** Level of an administrative unit (đơn vị hành chính): tỉnh, huyện, xã. */
public enum UnitLevel {
  PROVINCE,
  DISTRICT,
  COMMUNE;

  /** Whether a unit of this level may sit directly under a unit of {@code parent} level. */
  public boolean mayHaveParent(UnitLevel parent) {
    // since the 2025 reform communes sit directly under a province
    return parent.ordinal() < ordinal();
  }
}
