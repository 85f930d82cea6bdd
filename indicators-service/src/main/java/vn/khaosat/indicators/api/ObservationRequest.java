package vn.khaosat.indicators.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The value and provenance of one figure; its key (indicator, unit, year, status) is the path. */
@Schema(name = "ObservationRequest")
public record ObservationRequest(
    @Schema(example = "412.5") @NotNull @Digits(integer = 18, fraction = 6) BigDecimal value,
    @Schema(example = "Báo cáo chính trị Đại hội XII Đảng bộ huyện") @Size(max = 300) String source,
    @Schema(example = "Số ước thực hiện cả năm") @Size(max = 2000) String note,
    @Schema(description = "Poverty standard of a poverty figure", example = "2016-2020")
        @Size(max = 40)
        String povertyStandard) {}
