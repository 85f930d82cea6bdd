package vn.khaosat.cadre.api.cadres;

import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.cadre.api.Codes;
import vn.khaosat.cadre.service.cadres.CadreRevision;
import vn.khaosat.history.Revision;

/** One revision of a cadre record. */
@Schema(name = "CadreRevision")
public record RevisionEntry(
    @Schema(required = true, example = "3") long revision,
    @Schema(required = true, example = "2026-11-26T10:15:30+07:00") OffsetDateTime at,
    @Schema(
            description = "The user who made the change",
            example = "to-chuc@tinh-uy",
            maxLength = Codes.USER_LENGTH)
        String by,
    @Schema(
            description =
                "The X-Request-Id of the request that made it (none for revisions made before"
                    + " request ids were kept)",
            example = "5f0c2a7e-8d1b-4f53-9a6e-2b7d4c1e9f30",
            maxLength = Revision.REQUEST_ID_LENGTH)
        String requestId,
    @Schema(
            required = true,
            example = "UPDATED",
            enumeration = {"CREATED", "UPDATED"})
        String type,
    @Schema(required = true, description = "The fields that changed, each once")
        @Size(max = MAX_CHANGES)
        List<FieldChange> changes) {

  /** The fields of a cadre record that its history follows. */
  public static final int MAX_CHANGES = 16;

  /** The revision as the service tells it. */
  public static RevisionEntry of(CadreRevision revision) {
    return new RevisionEntry(
        revision.revision(),
        revision.at(),
        revision.by(),
        revision.requestId(),
        revision.type(),
        revision.changes().stream()
            .map(c -> new FieldChange(c.field(), c.from(), c.to(), c.withheld()))
            .toList());
  }
}
