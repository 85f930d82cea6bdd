package vn.khaosat.indicators.domain.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * The evaluation of a target in a year (kết quả đánh giá chỉ tiêu). {@code actual} and the target
 * figures are rounded as compared; {@code target} is null for RANGE; {@code targetLow}/{@code
 * targetHigh} hold the range, or value ∓ tolerance for APPROXIMATELY.
 */
public record TargetEvaluation(
    TargetStatus status,
    String reason,
    BigDecimal actual,
    BigDecimal target,
    BigDecimal targetLow,
    BigDecimal targetHigh,
    BigDecimal achievementRatio,
    List<InputUsed> inputs,
    Projection projection,
    String explanation,
    List<Warning> warnings) {

  public TargetEvaluation {
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  /** The same evaluation with its explanation sentence. */
  public TargetEvaluation withExplanation(String text) {
    return new TargetEvaluation(
        status,
        reason,
        actual,
        target,
        targetLow,
        targetHigh,
        achievementRatio,
        inputs,
        projection,
        text,
        warnings);
  }
}
