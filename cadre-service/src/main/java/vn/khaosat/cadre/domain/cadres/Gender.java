package vn.khaosat.cadre.domain.cadres;

/** Gender of a cadre, used by the retirement-age and women-share rules. */
public enum Gender {
  MALE,
  FEMALE
}
