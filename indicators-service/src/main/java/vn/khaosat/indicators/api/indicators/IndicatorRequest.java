package vn.khaosat.indicators.api.indicators;

import static vn.khaosat.indicators.domain.ColumnLimits.INDICATOR_CODE;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.indicators.domain.ColumnLimits;
import vn.khaosat.indicators.domain.PriceBasis;
import vn.khaosat.indicators.domain.rules.Direction;
import vn.khaosat.indicators.service.indicators.IndicatorCommand;

/** An indicator to create or replace; the code of the path wins on update. */
@Schema(name = "IndicatorRequest")
public record IndicatorRequest(
    @Schema(example = "BUDGET_REVENUE")
        @Size(max = INDICATOR_CODE)
        @Pattern(regexp = "[A-Za-z0-9._-]{1,40}")
        String code,
    @Schema(example = "Thu ngân sách nhà nước trên địa bàn")
        @NotBlank
        @Size(max = ColumnLimits.INDICATOR_NAME)
        String name,
    @Schema(example = "tỷ đồng") @NotBlank @Size(max = ColumnLimits.UNIT_OF_MEASURE)
        String unitOfMeasure,
    @Schema(example = "HIGHER_IS_BETTER") @NotNull Direction direction,
    @Schema(example = "CURRENT") @NotNull PriceBasis priceBasis,
    @Schema(description = "Published precision", example = "1") @NotNull @Min(0) @Max(6)
        Integer decimals,
    @Schema(description = "Shares of one total share a group", example = "ECONOMIC_STRUCTURE")
        @Size(max = ColumnLimits.STRUCTURE_GROUP)
        String structureGroup,
    @Schema(description = "Code of the total this indicator is a share of", example = "GRDP")
        @Size(max = INDICATOR_CODE)
        String partOfCode,
    @Schema(description = "Figures must name the poverty standard", example = "false")
        Boolean requiresPovertyStandard) {

  /** What the service is asked to do with it. */
  public IndicatorCommand command() {
    return new IndicatorCommand(
        code,
        name,
        unitOfMeasure,
        direction,
        priceBasis,
        decimals,
        structureGroup,
        partOfCode,
        requiresPovertyStandard);
  }
}
