package vn.khaosat.indicators.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.indicators.domain.rules.InputUsed;
import vn.khaosat.indicators.domain.rules.Measure;
import vn.khaosat.indicators.domain.rules.Projection;
import vn.khaosat.indicators.domain.rules.TargetStatus;
import vn.khaosat.indicators.domain.rules.Warning;

/** The evaluation of one target in one year, with everything it was computed from. */
@Schema(name = "Evaluation")
public record EvaluationView(
    @Schema(example = "1") long targetId,
    @Schema(example = "BUDGET_REVENUE") String indicatorCode,
    @Schema(example = "Thu ngân sách nhà nước trên địa bàn") String indicatorName,
    @Schema(example = "AVERAGE_GROWTH") Measure measure,
    @Schema(example = "Thu ngân sách trên địa bàn tăng bình quân 8%/năm trở lên") String wording,
    @Schema(example = "665") String unitCode,
    @Schema(example = "2015-2020") String termCode,
    @Schema(example = "2019") int year,
    @Schema(example = "EXCEEDED") TargetStatus status,
    @Schema(description = "Status in the requested language", example = "Vượt") String statusLabel,
    @Schema(description = "Status as the Party documents word it", example = "Vượt")
        String statusLabelVi,
    @Schema(
            description = "Why a status is NO_DATA or NOT_YET_MET without trend",
            example = "NO_TREND")
        String reason,
    @Schema(example = "8.25") BigDecimal actual,
    @Schema(example = "8") BigDecimal target,
    BigDecimal targetLow,
    BigDecimal targetHigh,
    @Schema(description = "A/T × 100, or the gap closed for lower-is-better", example = "103.13")
        BigDecimal achievementRatio,
    List<InputUsed> inputs,
    Projection projection,
    @Schema(
            example =
                "Tăng trưởng bình quân 2016-2019 đạt 8,25 %/năm so với chỉ tiêu 8 %/năm trở lên: vượt.")
        String explanation,
    List<Warning> warnings) {}
