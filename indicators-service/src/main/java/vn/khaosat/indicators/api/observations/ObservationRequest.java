package vn.khaosat.indicators.api.observations;

import static vn.khaosat.indicators.domain.ColumnLimits.VALUE_FRACTION_DIGITS;
import static vn.khaosat.indicators.domain.ColumnLimits.VALUE_INTEGER_DIGITS;
import static vn.khaosat.indicators.domain.ColumnLimits.VALUE_MAX;
import static vn.khaosat.indicators.domain.ColumnLimits.VALUE_MIN;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.indicators.domain.ColumnLimits;
import vn.khaosat.indicators.service.observations.ObservationCommand;

/** The value and provenance of one figure; its key (indicator, unit, year, status) is the path. */
@Schema(name = "ObservationRequest")
public record ObservationRequest(
    @Schema(example = "412.5")
        @NotNull
        @Digits(integer = VALUE_INTEGER_DIGITS, fraction = VALUE_FRACTION_DIGITS)
        @DecimalMin(VALUE_MIN)
        @DecimalMax(VALUE_MAX)
        BigDecimal value,
    @Schema(example = "Báo cáo chính trị Đại hội XII Đảng bộ huyện")
        @Size(max = ColumnLimits.SOURCE)
        String source,
    @Schema(example = "Số ước thực hiện cả năm") @Size(max = ColumnLimits.NOTE) String note,
    @Schema(description = "Poverty standard of a poverty figure", example = "2016-2020")
        @Size(max = ColumnLimits.POVERTY_STANDARD)
        String povertyStandard,
    @Schema(
            description =
                "Why the figure changes, kept in its history; required to replace a figure of a"
                    + " closed unit",
            example = "Cục Thống kê công bố số liệu chính thức năm 2019")
        @Size(max = ColumnLimits.REASON)
        String reason) {

  /** What the service is asked to do with it. */
  public ObservationCommand command() {
    return new ObservationCommand(value, source, note, povertyStandard, reason);
  }
}
