package vn.khaosat.cadre.domain;

import vn.khaosat.cadre.domain.committees.CommitteeLevel;

/**
 * The level of an administrative unit (cấp đơn vị hành chính), as indicators-service knows it. A
 * committee's own level is a {@link CommitteeLevel}.
 */
public enum UnitLevel {
  PROVINCE,
  DISTRICT,
  COMMUNE
}
