package vn.khaosat.survey.service.history;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The SQL of a session's history, one statement over every audit table: each row of a part as a
 * JSON object of the fields it follows, beside the same part's row of the revision before ({@code
 * lag}), so that the comparison needs no query per part. A row whose fields equal the one before
 * (the session's row when only its conclusion changed, and the reverse) is no entry; a removal
 * always is.
 */
final class HistoryQuery {

  private static final String ENTRIES =
      "with parts as ("
          + Stream.of(SessionPart.values())
              .map(HistoryQuery::select)
              .collect(Collectors.joining(" union all "))
          + "), compared as (select p.*, r.timestamp, r.author, r.request_id, lag(p.data)"
          + " over (partition by p.part, p.part_id order by r.timestamp, p.rev) as before"
          + " from parts p join revision_info r on r.id = p.rev),"
          + " entries as (select c.* from compared c"
          + " where c.revtype = 2 or jsonb_strip_nulls(c.data)"
          + " is distinct from coalesce(jsonb_strip_nulls(c.before), '{}'::jsonb))";

  /**
   * One page, newest first; within a revision in the order of {@link SessionPart}. Time orders
   * before the number: each instance of the service numbers its revisions from its own block of the
   * sequence, while the session's row lock puts one session's writes one after the other.
   */
  static final String PAGE =
      ENTRIES
          + " select e.rev, e.timestamp, e.author, e.request_id, e.part, e.part_id, e.position,"
          + " e.revtype, e.data::text, e.before::text from entries e"
          + " order by e.timestamp desc, e.rev desc, e.part_order, e.position, e.part_id"
          + " limit :size offset :offset";

  static final String COUNT = ENTRIES + " select count(*) from entries";

  /** Timestamps in the JSON as the API writes them: in the suite's time zone, this read only. */
  static final String ZONE = "select set_config('TimeZone', :zone, true)";

  private HistoryQuery() {}

  private static String select(SessionPart part) {
    String data =
        part.fields.stream()
            .map(f -> "'" + f + "', a." + SessionPart.column(f))
            .collect(Collectors.joining(", ", "jsonb_build_object(", ")"));
    return "select a.rev, a.revtype, '"
        + part.name()
        + "' as part, "
        + part.ordinal()
        + " as part_order, a.id as part_id, "
        + (part.numbered ? "a.position" : "null::int")
        + " as position, "
        + data
        + " as data from "
        + part.table
        + " a where a."
        + part.sessionColumn
        + " = :session";
  }
}
