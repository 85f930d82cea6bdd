package vn.khaosat.indicators.api.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.indicators.domain.ColumnLimits;
import vn.khaosat.indicators.domain.rules.Measure;
import vn.khaosat.indicators.domain.rules.TargetEvaluation;
import vn.khaosat.indicators.domain.rules.TargetStatus;
import vn.khaosat.indicators.service.evaluation.Evaluated;
import vn.khaosat.indicators.service.evaluation.TargetContext;

/** The evaluation of one target in one year, with everything it was computed from. */
@Schema(name = "Evaluation")
public record EvaluationView(
    @Schema(required = true, example = "1") long targetId,
    @Schema(required = true, example = "BUDGET_REVENUE", maxLength = ColumnLimits.INDICATOR_CODE)
        String indicatorCode,
    @Schema(
            required = true,
            example = "Thu ngân sách nhà nước trên địa bàn",
            maxLength = ColumnLimits.INDICATOR_NAME)
        String indicatorName,
    @Schema(required = true, example = "AVERAGE_GROWTH") Measure measure,
    @Schema(
            example = "Thu ngân sách trên địa bàn tăng bình quân 8%/năm trở lên",
            maxLength = ColumnLimits.WORDING)
        String wording,
    @Schema(required = true, example = "665", maxLength = ColumnLimits.UNIT_CODE) String unitCode,
    @Schema(required = true, example = "2015-2020", maxLength = ColumnLimits.TERM_CODE)
        String termCode,
    @Schema(required = true, example = "2019") int year,
    @Schema(required = true, example = "EXCEEDED") TargetStatus status,
    @Schema(
            required = true,
            description = "Status in the requested language",
            example = "Vượt",
            maxLength = ColumnLimits.LABEL)
        String statusLabel,
    @Schema(
            required = true,
            description = "Status as the Party documents word it",
            example = "Vượt",
            maxLength = ColumnLimits.LABEL)
        String statusLabelVi,
    @Schema(
            description = "Why a status is NO_DATA or NOT_YET_MET without trend; CODE or CODE:year",
            example = "MISSING_VALUE:2019",
            maxLength = ColumnLimits.LABEL)
        String reason,
    @Schema(example = "8.25") BigDecimal actual,
    @Schema(example = "8") BigDecimal target,
    @Schema(description = "Lower bound of a RANGE", example = "40") BigDecimal targetLow,
    @Schema(description = "Upper bound of a RANGE", example = "50") BigDecimal targetHigh,
    @Schema(description = "A/T × 100, or the gap closed for lower-is-better", example = "103.13")
        BigDecimal achievementRatio,
    @Schema(required = true, maxItems = InputUsedView.MAX) List<InputUsedView> inputs,
    ProjectionView projection,
    @Schema(
            required = true,
            example =
                "Tăng trưởng bình quân 2016-2019 đạt 8,25 %/năm so với chỉ tiêu 8 %/năm trở lên: vượt.",
            maxLength = ColumnLimits.MESSAGE)
        String explanation,
    @Schema(required = true, maxItems = WarningView.MAX) List<WarningView> warnings) {

  /** The view of a target evaluated, its status label in the caller's language. */
  public static EvaluationView of(Evaluated evaluated, Locale locale) {
    TargetContext c = evaluated.context();
    TargetEvaluation e = evaluated.evaluation();
    return new EvaluationView(
        c.target().id(),
        c.indicator().code,
        c.indicator().name,
        c.target().measure(),
        c.target().wording(),
        c.resolution().unitCode,
        c.term().code,
        evaluated.year(),
        e.status(),
        e.status().label(locale),
        e.status().labelVi(),
        e.reason(),
        e.actual(),
        e.target(),
        e.targetLow(),
        e.targetHigh(),
        e.achievementRatio(),
        InputUsedView.of(e.inputs()),
        ProjectionView.of(e.projection()),
        e.explanation(),
        WarningView.of(e.warnings()));
  }
}
