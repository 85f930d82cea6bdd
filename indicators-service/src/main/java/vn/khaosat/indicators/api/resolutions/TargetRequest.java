package vn.khaosat.indicators.api.resolutions;

import static vn.khaosat.indicators.domain.ColumnLimits.VALUE_FRACTION_DIGITS;
import static vn.khaosat.indicators.domain.ColumnLimits.VALUE_INTEGER_DIGITS;
import static vn.khaosat.indicators.domain.ColumnLimits.VALUE_MAX;
import static vn.khaosat.indicators.domain.ColumnLimits.VALUE_MIN;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.indicators.domain.ColumnLimits;
import vn.khaosat.indicators.domain.rules.Comparator;
import vn.khaosat.indicators.domain.rules.Measure;
import vn.khaosat.indicators.service.resolutions.TargetCommand;

/** A target of a resolution to create or replace; the numbers fit numeric(24, 6). */
@Schema(
    name = "TargetRequest",
    example =
        "{\"resolutionId\": 1, \"indicatorCode\": \"BUDGET_REVENUE\","
            + " \"measure\": \"AVERAGE_GROWTH\", \"comparator\": \"AT_LEAST\", \"value\": 8,"
            + " \"wording\": \"Thu ngân sách trên địa bàn tăng bình quân 8%/năm trở lên\"}")
public record TargetRequest(
    @Schema(example = "1") @NotNull @Min(1) @Max(ColumnLimits.ID_MAX) Long resolutionId,
    @Schema(example = "BUDGET_REVENUE") @NotBlank @Size(max = ColumnLimits.INDICATOR_CODE)
        String indicatorCode,
    @Schema(example = "AVERAGE_GROWTH") @NotNull Measure measure,
    @Schema(example = "AT_LEAST") @NotNull Comparator comparator,
    @Schema(description = "The target; not for RANGE", example = "8")
        @Digits(integer = VALUE_INTEGER_DIGITS, fraction = VALUE_FRACTION_DIGITS)
        @DecimalMin(VALUE_MIN)
        @DecimalMax(VALUE_MAX)
        BigDecimal value,
    @Schema(description = "Lower bound of a RANGE", example = "40")
        @Digits(integer = VALUE_INTEGER_DIGITS, fraction = VALUE_FRACTION_DIGITS)
        @DecimalMin(VALUE_MIN)
        @DecimalMax(VALUE_MAX)
        BigDecimal low,
    @Schema(description = "Upper bound of a RANGE", example = "50")
        @Digits(integer = VALUE_INTEGER_DIGITS, fraction = VALUE_FRACTION_DIGITS)
        @DecimalMin(VALUE_MIN)
        @DecimalMax(VALUE_MAX)
        BigDecimal high,
    @Schema(description = "Tolerance of APPROXIMATELY", example = "0.5")
        @PositiveOrZero
        @Digits(integer = VALUE_INTEGER_DIGITS, fraction = VALUE_FRACTION_DIGITS)
        @DecimalMax(VALUE_MAX)
        BigDecimal tolerance,
    @Schema(description = "Unit compared with, for RATIO_TO_UNIT", example = "67")
        @Size(max = ColumnLimits.UNIT_CODE)
        String referenceUnitCode,
    @Schema(example = "Thu ngân sách trên địa bàn tăng bình quân 8%/năm trở lên")
        @Size(max = ColumnLimits.WORDING)
        String wording) {

  /** What the service is asked to do with it. */
  public TargetCommand command() {
    return new TargetCommand(
        resolutionId,
        indicatorCode,
        measure,
        comparator,
        value,
        low,
        high,
        tolerance,
        referenceUnitCode,
        wording);
  }
}
