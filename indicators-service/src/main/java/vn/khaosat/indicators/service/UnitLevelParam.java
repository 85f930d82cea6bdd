package vn.khaosat.indicators.service;

import vn.khaosat.indicators.domain.UnitLevel;
import vn.khaosat.problem.ApiProblem;

/** Reads the {@code level} query parameter with a clear 400 for an unknown level. */
final class UnitLevelParam {

  private UnitLevelParam() {}

  static UnitLevel parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UnitLevel.valueOf(value.trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(
          "param.invalidEnum", "level", value, "PROVINCE, DISTRICT, COMMUNE");
    }
  }
}
