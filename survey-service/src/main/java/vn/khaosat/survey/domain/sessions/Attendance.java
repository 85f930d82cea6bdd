package vn.khaosat.survey.domain.sessions;

/** Whether a participant was there: present, excused (vắng có lý do) or absent. */
public enum Attendance {
  PRESENT,
  EXCUSED,
  ABSENT
}
