package vn.khaosat.survey.service.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.khaosat.defaults.SuiteTime;
import vn.khaosat.history.FieldChange;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;
import vn.khaosat.survey.service.SessionAccess;

/**
 * The history of a session's content, newest first: who changed which part, when, in which request,
 * and each field from → to. Two queries a page (the count and the page), whatever the number of
 * parts: {@link HistoryQuery} compares each row with the one before in the database.
 */
@ApplicationScoped
public class SessionHistory {

  private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {};

  private final SessionAccess access;
  private final EntityManager entities;
  private final ObjectMapper json;

  public SessionHistory(SessionAccess access, EntityManager entities, ObjectMapper json) {
    this.access = access;
    this.entities = entities;
    this.json = json;
  }

  /** Readable as the session is, signed or not; a 404 problem for an unknown session. */
  @Transactional
  public Page<SessionRevision> of(long sessionId, PageParams page) {
    access.find(sessionId);
    entities
        .createNativeQuery(HistoryQuery.ZONE)
        .setParameter("zone", SuiteTime.ZONE.getId())
        .getSingleResult();
    long total =
        ((Number)
                entities
                    .createNativeQuery(HistoryQuery.COUNT)
                    .setParameter("session", sessionId)
                    .getSingleResult())
            .longValue();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entities
            .createNativeQuery(HistoryQuery.PAGE)
            .setParameter("session", sessionId)
            .setParameter("size", page.size)
            .setParameter("offset", page.offset())
            .getResultList();
    return Page.of(rows.stream().map(this::entry).toList(), page, total);
  }

  private SessionRevision entry(Object[] row) {
    SessionPart part = SessionPart.valueOf((String) row[4]);
    int revtype = ((Number) row[7]).intValue();
    Map<String, Object> after = fields(part, (String) row[8]);
    Map<String, Object> before = fields(part, (String) row[9]);
    RevisionKind kind =
        switch (revtype) {
          case 0 -> RevisionKind.ADDED;
          case 2 -> RevisionKind.REMOVED;
          // the conclusion is the session's columns: its first text is an addition
          default ->
              part == SessionPart.CONCLUSION && before.values().stream().allMatch(v -> v == null)
                  ? RevisionKind.ADDED
                  : RevisionKind.CHANGED;
        };
    List<FieldChange> changes =
        switch (kind) {
          case ADDED -> FieldChange.between(Map.of(), after);
          case REMOVED -> FieldChange.between(after, Map.of());
          case CHANGED -> FieldChange.between(before, after);
        };
    return new SessionRevision(
        ((Number) row[0]).longValue(),
        Instant.ofEpochMilli(((Number) row[1]).longValue())
            .atZone(SuiteTime.ZONE)
            .toOffsetDateTime(),
        (String) row[2],
        (String) row[3],
        part,
        ((Number) row[5]).longValue(),
        row[6] == null ? null : ((Number) row[6]).intValue(),
        kind,
        changes);
  }

  /** The part's fields in its order; none for the row before a part's first. */
  private Map<String, Object> fields(SessionPart part, String data) {
    Map<String, Object> ordered = new LinkedHashMap<>();
    if (data == null) {
      return ordered;
    }
    try {
      Map<String, Object> values = json.readValue(data, FIELDS);
      part.fields().forEach(f -> ordered.put(f, values.get(f)));
      return ordered;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("An audit row is no JSON object", e);
    }
  }
}
