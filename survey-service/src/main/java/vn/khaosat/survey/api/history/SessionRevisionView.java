package vn.khaosat.survey.api.history;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.history.Revision;
import vn.khaosat.survey.domain.Limits;
import vn.khaosat.survey.service.history.RevisionKind;
import vn.khaosat.survey.service.history.SessionPart;
import vn.khaosat.survey.service.history.SessionRevision;

/** What one revision did to one part of a session. */
@Schema(name = "SessionRevision")
public record SessionRevisionView(
    @Schema(required = true, description = "The revision's number", example = "7") long revision,
    @Schema(required = true, example = "2019-11-28T10:15:30+07:00") OffsetDateTime at,
    @Schema(
            required = true,
            description = "The user who made the change (\"system\" for the initial revision)",
            example = "thu-ky@tinh-uy-dak-nong",
            maxLength = Limits.NAME)
        String by,
    @Schema(
            description = "The X-Request-Id of the request that made it",
            example = "5f0c2a7e-8d1b-4f53-9a6e-2b7d4c1e9f30",
            maxLength = Revision.REQUEST_ID_LENGTH)
        String requestId,
    @Schema(required = true, description = "Which part of the session", example = "DIRECTIVE")
        SessionPart part,
    @Schema(
            required = true,
            description = "The part's id; the session's for the session and its conclusion",
            example = "3")
        long partId,
    @Schema(
            description =
                "The number of the participant, agenda item, statement, finding or directive in"
                    + " the session",
            example = "1")
        Integer position,
    @Schema(required = true, example = "CHANGED") RevisionKind kind,
    @Schema(
            required = true,
            description =
                "The fields it changed, each once: all the part held when added or removed",
            maxItems = SessionPart.MAX_FIELDS)
        List<SessionFieldChangeView> changes) {

  public static SessionRevisionView of(SessionRevision r) {
    return new SessionRevisionView(
        r.revision(),
        r.at(),
        r.by(),
        r.requestId(),
        r.part(),
        r.partId(),
        r.position(),
        r.kind(),
        r.changes().stream().map(SessionFieldChangeView::of).toList());
  }
}
