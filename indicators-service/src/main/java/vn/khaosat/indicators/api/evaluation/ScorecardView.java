package vn.khaosat.indicators.api.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.indicators.domain.ColumnLimits;
import vn.khaosat.indicators.domain.rules.TargetStatus;
import vn.khaosat.indicators.service.evaluation.Scorecard;
import vn.khaosat.indicators.service.resolutions.TargetService;
import vn.khaosat.indicators.service.resolutions.TermService;

/** Every target of a unit's resolutions for a term, evaluated in one year, and the tally. */
@Schema(name = "Scorecard")
public record ScorecardView(
    @Schema(required = true, example = "665", maxLength = ColumnLimits.UNIT_CODE) String unitCode,
    @Schema(required = true, example = "Huyện Đắk Song", maxLength = ColumnLimits.UNIT_NAME)
        String unitName,
    @Schema(required = true, example = "2015-2020", maxLength = ColumnLimits.TERM_CODE)
        String termCode,
    @Schema(required = true, example = "2019") int year,
    @Schema(required = true, example = "26") int totalTargets,
    @Schema(required = true, example = "{\"EXCEEDED\": 13, \"MET\": 10, \"NOT_MET\": 3}")
        Map<TargetStatus, Integer> counts,
    @Schema(
            required = true,
            description = "The counts in words, one part per status",
            example = "13/26 vượt, 10/26 đạt, 3/26 không đạt",
            maxLength = SUMMARY)
        String summary,
    @Schema(required = true, maxItems = TargetService.MAX_PER_UNIT_AND_TERM)
        List<EvaluationView> targets,
    @Schema(
            required = true,
            description = "Warnings that span several targets, e.g. shares that do not add up",
            maxItems = MAX_WARNINGS)
        List<ScorecardWarning> warnings) {

  /** The view of a scorecard, its labels and summary in the caller's language. */
  public static ScorecardView of(Scorecard card, Locale locale) {
    return new ScorecardView(
        card.unit().code,
        card.unit().name,
        card.term().code,
        card.year(),
        card.counts().total(),
        card.counts().counts(),
        card.counts().phrase(locale),
        card.targets().stream().map(e -> EvaluationView.of(e, locale)).toList(),
        card.warnings().stream()
            .map(f -> new ScorecardWarning(f.targetId(), f.warning().code(), f.warning().message()))
            .toList());
  }

  /** Five statuses, each "1000/1000 " and its label. */
  static final int SUMMARY = 5 * (10 + ColumnLimits.LABEL + 2);

  /**
   * Each target's own warnings (two per figure of two series over a term's years, the reported
   * average, the poverty standards) and one per share group, at most one per target.
   */
  static final int MAX_WARNINGS =
      TargetService.MAX_PER_UNIT_AND_TERM * (2 * 2 * (TermService.MAX_SPAN + 1) + 2 + 1);

  /** A warning, with the target it came from when it came from one. */
  @Schema(name = "ScorecardWarning")
  public record ScorecardWarning(
      @Schema(example = "3") Long targetId,
      @Schema(required = true, example = "SHARES_DO_NOT_ADD_UP", maxLength = ColumnLimits.LABEL)
          String code,
      @Schema(
              required = true,
              example = "Tổng tỷ trọng các ngành năm 2019 là 101 %, không phải 100 %.",
              maxLength = ColumnLimits.MESSAGE)
          String message) {

    public ScorecardWarning {
      message = WarningView.bounded(message);
    }
  }
}
