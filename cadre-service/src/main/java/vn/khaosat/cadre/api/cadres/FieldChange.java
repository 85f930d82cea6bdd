package vn.khaosat.cadre.api.cadres;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field that a revision changed. */
@Schema(name = "FieldChange")
public record FieldChange(
    @Schema(required = true, example = "theoryLevel", maxLength = 40) String field,
    @Schema(example = "INTERMEDIATE") Object from,
    @Schema(example = "ADVANCED") Object to,
    @Schema(
            required = true,
            description = "True when the values are personal and withheld from the caller")
        boolean withheld) {}
