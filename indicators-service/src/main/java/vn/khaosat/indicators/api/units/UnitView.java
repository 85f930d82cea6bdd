package vn.khaosat.indicators.api.units;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.indicators.domain.ColumnLimits;
import vn.khaosat.indicators.domain.Unit;
import vn.khaosat.indicators.domain.UnitLevel;

/** An administrative unit as the API shows it. */
@Schema(name = "Unit")
public record UnitView(
    @Schema(required = true, example = "665", maxLength = ColumnLimits.UNIT_CODE) String code,
    @Schema(required = true, example = "Huyện Đắk Song", maxLength = ColumnLimits.UNIT_NAME)
        String name,
    @Schema(required = true, example = "DISTRICT") UnitLevel level,
    @Schema(example = "67", maxLength = ColumnLimits.UNIT_CODE) String parentCode,
    @Schema(required = true, example = "2004-01-01") LocalDate validFrom,
    @Schema(example = "2025-06-30") LocalDate validTo,
    @Schema(
            required = true,
            description = "True once validTo is set: the unit is then read-only",
            example = "true")
        boolean closed,
    @Schema(required = true, example = "[]", maxItems = ColumnLimits.SUCCESSION_CODES)
        List<@Size(max = ColumnLimits.UNIT_CODE) String> successorCodes,
    @Schema(
            required = true,
            description =
                "The units this one names as its predecessors; GET /api/units/{code}/predecessors"
                    + " adds those that name it as their successor",
            example = "[]",
            maxItems = ColumnLimits.SUCCESSION_CODES)
        List<@Size(max = ColumnLimits.UNIT_CODE) String> predecessorCodes,
    @Schema(required = true, example = "0") long version) {

  public static UnitView of(Unit unit) {
    return new UnitView(
        unit.code,
        unit.name,
        unit.level,
        unit.parentCode,
        unit.validFrom,
        unit.validTo,
        unit.isClosed(),
        List.copyOf(unit.successorCodes),
        List.copyOf(unit.predecessorCodes),
        unit.version);
  }
}
