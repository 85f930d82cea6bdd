package vn.khaosat.indicators.service.observations;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.indicators.domain.ColumnLimits;

/** Why one line of an import cannot be taken. */
@Schema(name = "ImportConflict")
public record ImportConflict(
    @Schema(required = true, description = "Line in the file; the header is line 1", example = "7")
        int row,
    @Schema(required = true, example = "REF_AREA", maxLength = 16) String column,
    @Schema(description = "The cell, cut to 100 characters", example = "999", maxLength = 101)
        String value,
    @Schema(required = true, example = "Không có đơn vị mã 999.", maxLength = ColumnLimits.MESSAGE)
        String reason) {}
