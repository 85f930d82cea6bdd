package vn.khaosat.survey.domain.sessions;

/** The part of signed minutes an amendment corrects. */
public enum AmendmentSection {
  HEADER,
  PARTICIPANTS,
  STATEMENTS,
  FINDINGS,
  CONCLUSION,
  DIRECTIVES,
  OTHER
}
