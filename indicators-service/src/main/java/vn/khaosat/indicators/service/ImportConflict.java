package vn.khaosat.indicators.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why one line of an import cannot be taken. */
@Schema(name = "ImportConflict")
public record ImportConflict(
    @Schema(description = "Line in the file; the header is line 1", example = "7") int row,
    @Schema(example = "REF_AREA") String column,
    @Schema(example = "999") String value,
    @Schema(example = "Không có đơn vị mã 999.") String reason) {}
