package vn.khaosat.indicators.api.indicators;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.indicators.domain.ColumnLimits;
import vn.khaosat.indicators.domain.Indicator;
import vn.khaosat.indicators.domain.PriceBasis;
import vn.khaosat.indicators.domain.rules.Direction;

/** An indicator as the API shows it. */
@Schema(name = "Indicator")
public record IndicatorView(
    @Schema(required = true, example = "BUDGET_REVENUE", maxLength = ColumnLimits.INDICATOR_CODE)
        String code,
    @Schema(
            required = true,
            example = "Thu ngân sách nhà nước trên địa bàn",
            maxLength = ColumnLimits.INDICATOR_NAME)
        String name,
    @Schema(required = true, example = "tỷ đồng", maxLength = ColumnLimits.UNIT_OF_MEASURE)
        String unitOfMeasure,
    @Schema(required = true, example = "HIGHER_IS_BETTER") Direction direction,
    @Schema(required = true, example = "CURRENT") PriceBasis priceBasis,
    @Schema(required = true, example = "1") int decimals,
    @Schema(example = "ECONOMIC_STRUCTURE", maxLength = ColumnLimits.STRUCTURE_GROUP)
        String structureGroup,
    @Schema(example = "GRDP", maxLength = ColumnLimits.INDICATOR_CODE) String partOfCode,
    @Schema(required = true, example = "false") boolean requiresPovertyStandard,
    @Schema(required = true, example = "0") long version) {

  public static IndicatorView of(Indicator i) {
    return new IndicatorView(
        i.code,
        i.name,
        i.unitOfMeasure,
        i.direction,
        i.priceBasis,
        i.decimals,
        i.structureGroup,
        i.partOfCode,
        i.requiresPovertyStandard,
        i.version);
  }
}
