package vn.khaosat.survey.domain.sessions;

/** What a finding is: a strength (ưu điểm), a limitation (hạn chế) or a cause (nguyên nhân). */
public enum FindingKind {
  STRENGTH,
  LIMITATION,
  CAUSE
}
