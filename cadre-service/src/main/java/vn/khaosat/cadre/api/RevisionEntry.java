package vn.khaosat.cadre.api;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One revision of a cadre record. */
@Schema(name = "CadreRevision")
public record RevisionEntry(
    @Schema(example = "3") long revision,
    @Schema(example = "2026-11-26T10:15:30+07:00") OffsetDateTime at,
    @Schema(description = "The user who made the change", example = "to-chuc@tinh-uy") String by,
    @Schema(example = "UPDATED") String type,
    List<FieldChange> changes) {}
