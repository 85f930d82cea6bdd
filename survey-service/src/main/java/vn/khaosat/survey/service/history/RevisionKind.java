package vn.khaosat.survey.service.history;

/** What a revision did to a part of a session. */
public enum RevisionKind {
  ADDED,
  CHANGED,
  REMOVED
}
