package vn.khaosat.cadre.domain.cadres;

/**
 * Political theory level (trình độ lý luận chính trị): sơ cấp, trung cấp, cao cấp, cử nhân.
 * Declared from the lowest to the highest level.
 */
public enum TheoryLevel {
  ELEMENTARY,
  INTERMEDIATE,
  ADVANCED,
  BACHELOR
}
