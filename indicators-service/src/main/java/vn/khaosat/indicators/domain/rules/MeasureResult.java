package vn.khaosat.indicators.domain.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * The unrounded value of a measure (kết quả tính), or null with a reason from {@link Reasons} when
 * the inputs do not allow it; never 0 for missing data.
 */
public record MeasureResult(
    BigDecimal value, String missingReason, List<InputUsed> inputs, List<Warning> warnings) {

  public MeasureResult {
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  public boolean hasValue() {
    return value != null;
  }
}
