package vn.khaosat.indicators.api.observations;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.indicators.domain.ColumnLimits;
import vn.khaosat.indicators.domain.Observation;
import vn.khaosat.indicators.domain.rules.ObservationStatus;

/** One figure as the API shows it. */
@Schema(name = "Observation")
public record ObservationView(
    @Schema(required = true, example = "BUDGET_REVENUE", maxLength = ColumnLimits.INDICATOR_CODE)
        String indicatorCode,
    @Schema(required = true, example = "665", maxLength = ColumnLimits.UNIT_CODE) String unitCode,
    @Schema(required = true, example = "2019") int year,
    @Schema(required = true, example = "OFFICIAL") ObservationStatus status,
    @Schema(required = true, example = "412.5") BigDecimal value,
    @Schema(
            example = "Báo cáo chính trị Đại hội XII Đảng bộ huyện",
            maxLength = ColumnLimits.SOURCE)
        String source,
    @Schema(example = "Số ước thực hiện cả năm", maxLength = ColumnLimits.NOTE) String note,
    @Schema(example = "2016-2020", maxLength = ColumnLimits.POVERTY_STANDARD)
        String povertyStandard,
    @Schema(required = true, example = "0") long version,
    @Schema(required = true) OffsetDateTime updatedAt) {

  public static ObservationView of(Observation o) {
    return new ObservationView(
        o.indicatorCode,
        o.unitCode,
        o.year,
        o.status,
        o.value.stripTrailingZeros(),
        o.source,
        o.note,
        o.povertyStandard,
        o.version,
        o.updatedAt);
  }
}
