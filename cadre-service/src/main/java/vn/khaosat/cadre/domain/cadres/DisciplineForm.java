package vn.khaosat.cadre.domain.cadres;

/**
 * Form of a Party disciplinary measure (hình thức kỷ luật): khiển trách, cảnh cáo, cách chức, khai
 * trừ. Declared from the mildest to the most severe.
 */
public enum DisciplineForm {
  REPRIMAND,
  WARNING,
  DISMISSAL,
  EXPULSION
}
