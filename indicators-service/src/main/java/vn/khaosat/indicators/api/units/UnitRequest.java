package vn.khaosat.indicators.api.units;

import static vn.khaosat.indicators.domain.ColumnLimits.SUCCESSION_CODES;
import static vn.khaosat.indicators.domain.ColumnLimits.UNIT_CODE;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.indicators.domain.ColumnLimits;
import vn.khaosat.indicators.domain.UnitLevel;
import vn.khaosat.indicators.service.units.UnitCommand;

/** A unit to create; on update the code in the path wins and this one must match or be absent. */
@Schema(name = "UnitRequest", description = "An administrative unit to create or replace")
public record UnitRequest(
    @Schema(description = "Official code (General Statistics Office)", example = "665")
        @Size(max = UNIT_CODE)
        @Pattern(regexp = "[0-9A-Za-z._-]{1,16}")
        String code,
    @Schema(example = "Huyện Đắk Song") @NotBlank @Size(max = ColumnLimits.UNIT_NAME) String name,
    @Schema(example = "DISTRICT") @NotNull UnitLevel level,
    @Schema(description = "Code of the unit above", example = "67") @Size(max = UNIT_CODE)
        String parentCode,
    @Schema(example = "2004-01-01") @NotNull LocalDate validFrom,
    @Schema(description = "Last day of existence; null while current", example = "2025-06-30")
        LocalDate validTo,
    @Schema(description = "Units that took over from this one once closed", example = "[]")
        @Size(max = SUCCESSION_CODES)
        List<@NotBlank @Size(max = UNIT_CODE) String> successorCodes,
    @Schema(
            description =
                "Units this one succeeded, e.g. the districts and communes a new commune took over"
                    + " from on 1 July 2025 (a commune under 68 names 665); each must have begun"
                    + " before this one",
            example = "[]")
        @Size(max = SUCCESSION_CODES)
        List<@NotNull @Size(max = UNIT_CODE) @Pattern(regexp = "[0-9A-Za-z._-]{1,16}") String>
            predecessorCodes) {

  /** What the service is asked to do with it. */
  public UnitCommand command() {
    return new UnitCommand(
        code, name, level, parentCode, validFrom, validTo, successorCodes, predecessorCodes);
  }
}
