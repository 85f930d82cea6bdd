package vn.khaosat.indicators.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.indicators.domain.rules.Comparator;
import vn.khaosat.indicators.domain.rules.Measure;

/** A target of a resolution to create or replace. */
@Schema(name = "TargetRequest")
public record TargetRequest(
    @Schema(example = "1") @NotNull Long resolutionId,
    @Schema(example = "BUDGET_REVENUE") @NotBlank String indicatorCode,
    @Schema(example = "AVERAGE_GROWTH") @NotNull Measure measure,
    @Schema(example = "AT_LEAST") @NotNull Comparator comparator,
    @Schema(description = "The target; not for RANGE", example = "8") BigDecimal value,
    @Schema(description = "Lower bound of a RANGE", example = "40") BigDecimal low,
    @Schema(description = "Upper bound of a RANGE", example = "50") BigDecimal high,
    @Schema(description = "Tolerance of APPROXIMATELY", example = "0.5") @PositiveOrZero
        BigDecimal tolerance,
    @Schema(description = "Unit compared with, for RATIO_TO_UNIT", example = "67")
        String referenceUnitCode,
    @Schema(example = "Thu ngân sách trên địa bàn tăng bình quân 8%/năm trở lên") @Size(max = 2000)
        String wording) {}
