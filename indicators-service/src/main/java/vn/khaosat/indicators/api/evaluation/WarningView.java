package vn.khaosat.indicators.api.evaluation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.indicators.domain.ColumnLimits;
import vn.khaosat.indicators.domain.rules.Warning;

/** A consistency warning (cảnh báo): a stable code and a message in the requested language. */
@Schema(name = "Warning")
public record WarningView(
    @Schema(required = true, example = "REPORTED_AVERAGE_MISMATCH", maxLength = ColumnLimits.LABEL)
        String code,
    @Schema(
            required = true,
            example =
                "Mức tăng bình quân báo cáo 8,8 %/năm khác mức tính theo công thức bình quân nhân"
                    + " 8,25 %/năm.",
            maxLength = ColumnLimits.MESSAGE)
        String message) {

  /**
   * The most warnings of one computation: two for each figure it used (an estimate and a
   * preliminary figure where an official one differs), the reported average, the poverty standards.
   */
  public static final int MAX = 2 * InputUsedView.MAX + 2;

  public static List<WarningView> of(List<Warning> warnings) {
    return warnings.stream().map(w -> new WarningView(w.code(), bounded(w.message()))).toList();
  }

  /** A message within its documented length: one listing many poverty standards is cut. */
  public static String bounded(String message) {
    if (message == null || message.length() <= ColumnLimits.MESSAGE) {
      return message;
    }
    int end = ColumnLimits.MESSAGE - 1;
    if (Character.isHighSurrogate(message.charAt(end - 1))) {
      end--;
    }
    return message.substring(0, end) + "…";
  }
}
