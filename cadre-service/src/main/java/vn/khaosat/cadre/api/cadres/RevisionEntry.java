package vn.khaosat.cadre.api.cadres;

import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.cadre.api.Codes;
import vn.khaosat.cadre.service.cadres.CadreRevision;

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
        revision.type(),
        revision.changes().stream()
            .map(c -> new FieldChange(c.field(), c.from(), c.to(), c.withheld()))
            .toList());
  }
}
