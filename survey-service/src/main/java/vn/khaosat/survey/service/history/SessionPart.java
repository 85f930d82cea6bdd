package vn.khaosat.survey.service.history;

import java.util.List;

/**
 * What a history entry is about, and where its revisions are: the audit table, the columns it
 * follows (in the order an entry lists them, named as the API names them) and how a row is tied to
 * its session. The conclusion is the session's own columns, told apart so that its entry says so.
 */
public enum SessionPart {
  SESSION(
      "survey_session_aud",
      "id",
      false,
      List.of(
          "title",
          "superiorBody",
          "leadingBody",
          "hostUnitCode",
          "hostUnitName",
          "hostBody",
          "startsAt",
          "endsAt",
          "place",
          "purpose",
          "reviewedTerm",
          "plannedTerm",
          "minutesNumber",
          "noticeNumber",
          "status",
          "secretaryId",
          "chairId",
          "signedAt",
          "signedBy")),
  CONCLUSION("survey_session_aud", "id", false, List.of("conclusionText", "concludedById")),
  PARTICIPANT(
      "participant_aud",
      "session_id",
      true,
      List.of(
          "cadreId",
          "cadreVersion",
          "fullName",
          "title",
          "organization",
          "unitCode",
          "role",
          "attendance")),
  AGENDA_ITEM("agenda_item_aud", "session_id", true, List.of("title")),
  STATEMENT(
      "statement_aud",
      "session_id",
      true,
      List.of("speakerId", "kind", "agendaItemId", "replyToId", "text")),
  FINDING("finding_aud", "session_id", true, List.of("kind", "text", "targetId", "targetLabel")),
  DIRECTIVE(
      "directive_aud",
      "session_id",
      true,
      List.of("text", "responsibleBody", "responsibleUnitCode", "deadline"));

  /** The most fields one entry lists: the session's. */
  public static final int MAX_FIELDS = 19;

  final String table;
  final String sessionColumn;
  final boolean numbered;
  final List<String> fields;

  SessionPart(String table, String sessionColumn, boolean numbered, List<String> fields) {
    this.table = table;
    this.sessionColumn = sessionColumn;
    this.numbered = numbered;
    this.fields = fields;
  }

  public List<String> fields() {
    return fields;
  }

  /** The column of a field: {@code fullName} is {@code full_name}, as the naming strategy maps. */
  static String column(String field) {
    return field.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
  }
}
