package vn.khaosat.survey.service.history;

import java.time.OffsetDateTime;
import java.util.List;
import vn.khaosat.history.FieldChange;

/**
 * One entry of a session's history: what one revision did to one part of it (the session, its
 * conclusion, or a participant, agenda item, statement, finding or directive numbered {@code
 * position}).
 */
public record SessionRevision(
    long revision,
    OffsetDateTime at,
    String by,
    String requestId,
    SessionPart part,
    long partId,
    Integer position,
    RevisionKind kind,
    List<FieldChange> changes) {}
