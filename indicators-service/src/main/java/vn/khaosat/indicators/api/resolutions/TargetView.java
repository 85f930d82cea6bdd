package vn.khaosat.indicators.api.resolutions;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.indicators.domain.ColumnLimits;
import vn.khaosat.indicators.domain.Target;
import vn.khaosat.indicators.domain.rules.Comparator;
import vn.khaosat.indicators.domain.rules.Measure;

/** A target (chỉ tiêu) of a resolution as the API shows it. */
@Schema(name = "Target")
public record TargetView(
    @Schema(required = true, example = "1") long id,
    @Schema(required = true, example = "1") long resolutionId,
    @Schema(required = true, example = "BUDGET_REVENUE", maxLength = ColumnLimits.INDICATOR_CODE)
        String indicatorCode,
    @Schema(required = true, example = "AVERAGE_GROWTH") Measure measure,
    @Schema(required = true, example = "AT_LEAST") Comparator comparator,
    @Schema(example = "8") BigDecimal value,
    BigDecimal low,
    BigDecimal high,
    BigDecimal tolerance,
    @Schema(description = "For RATIO_TO_UNIT", example = "67", maxLength = ColumnLimits.UNIT_CODE)
        String referenceUnitCode,
    @Schema(
            example = "Thu ngân sách trên địa bàn tăng bình quân 8%/năm trở lên",
            maxLength = ColumnLimits.WORDING)
        String wording,
    @Schema(required = true, example = "0") long version) {

  public static TargetView of(Target t) {
    return new TargetView(
        t.id,
        t.resolutionId,
        t.indicatorCode,
        t.measure,
        t.comparator,
        strip(t.value),
        strip(t.low),
        strip(t.high),
        strip(t.tolerance),
        t.referenceUnitCode,
        t.wording,
        t.version);
  }

  static BigDecimal strip(BigDecimal v) {
    // numeric(24,6) comes back as 8.000000: show what was entered
    return v == null ? null : v.stripTrailingZeros();
  }
}
