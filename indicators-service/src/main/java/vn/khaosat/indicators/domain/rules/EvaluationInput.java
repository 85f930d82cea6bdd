package vn.khaosat.indicators.domain.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What {@link TargetEvaluator} needs (đầu vào đánh giá): {@code total} for SHARE, {@code reference}
 * for RATIO_TO_UNIT, and an optional average quoted by a report, checked against the geometric one.
 */
public record EvaluationInput(
    TargetSpec target,
    TermSpan term,
    int year,
    Series main,
    Series total,
    Series reference,
    BigDecimal reportedValue) {

  public EvaluationInput {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(main, "main");
  }

  /** Input with only the main series. */
  public EvaluationInput(TargetSpec target, TermSpan term, int year, Series main) {
    this(target, term, year, main, null, null, null);
  }
}
