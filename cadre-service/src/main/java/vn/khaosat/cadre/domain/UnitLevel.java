package vn.khaosat.cadre.domain;

/** The level of an administrative unit, as indicators-service knows it. */
public enum UnitLevel {
  PROVINCE,
  DISTRICT,
  COMMUNE
}
