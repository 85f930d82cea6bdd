package vn.khaosat.indicators.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.indicators.domain.rules.TargetStatus;

/** Every target of a unit's resolutions for a term, evaluated in one year, and the tally. */
@Schema(name = "Scorecard")
public record ScorecardView(
    @Schema(example = "665") String unitCode,
    @Schema(example = "Huyện Đắk Song") String unitName,
    @Schema(example = "2015-2020") String termCode,
    @Schema(example = "2019") int year,
    @Schema(example = "26") int totalTargets,
    @Schema(example = "{\"EXCEEDED\": 13, \"MET\": 10, \"NOT_MET\": 3}")
        Map<TargetStatus, Integer> counts,
    @Schema(example = "13/26 vượt, 10/26 đạt, 3/26 không đạt") String summary,
    List<EvaluationView> targets,
    @Schema(description = "Warnings that span several targets, e.g. shares that do not add up")
        List<ScorecardWarning> warnings) {

  /** A warning, with the target it came from when it came from one. */
  @Schema(name = "ScorecardWarning")
  public record ScorecardWarning(
      @Schema(example = "3") Long targetId,
      @Schema(example = "SHARES_DO_NOT_ADD_UP") String code,
      String message) {}
}
