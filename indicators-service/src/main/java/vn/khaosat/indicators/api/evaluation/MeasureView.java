package vn.khaosat.indicators.api.evaluation;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.indicators.domain.ColumnLimits;
import vn.khaosat.indicators.domain.rules.Measure;
import vn.khaosat.indicators.service.evaluation.MeasureValue;

/** One measure computed on its own, with the figures it used. */
@Schema(name = "MeasureValue")
public record MeasureView(
    @Schema(required = true, example = "BUDGET_REVENUE", maxLength = ColumnLimits.INDICATOR_CODE)
        String indicatorCode,
    @Schema(required = true, example = "665", maxLength = ColumnLimits.UNIT_CODE) String unitCode,
    @Schema(required = true, example = "AVERAGE_GROWTH") Measure measure,
    @Schema(required = true, example = "2019") int year,
    @Schema(example = "2015") Integer baseYear,
    @Schema(example = "67", maxLength = ColumnLimits.UNIT_CODE) String referenceUnitCode,
    @Schema(example = "GRDP", maxLength = ColumnLimits.INDICATOR_CODE) String partOfCode,
    @Schema(description = "Null when figures are missing: never 0", example = "8.25")
        BigDecimal value,
    @Schema(
            description = "Why value is null",
            example = "MISSING_BASE:2015",
            maxLength = ColumnLimits.LABEL)
        String missingReason,
    @Schema(required = true, maxItems = InputUsedView.MAX) List<InputUsedView> inputs,
    @Schema(required = true, maxItems = WarningView.MAX) List<WarningView> warnings) {

  public static MeasureView of(MeasureValue v) {
    return new MeasureView(
        v.indicatorCode(),
        v.unitCode(),
        v.measure(),
        v.year(),
        v.baseYear(),
        v.referenceUnitCode(),
        v.partOfCode(),
        v.value(),
        v.missingReason(),
        InputUsedView.of(v.inputs()),
        WarningView.of(v.warnings()));
  }
}
