package vn.khaosat.indicators.api.evaluation;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.khaosat.indicators.domain.ColumnLimits;
import vn.khaosat.indicators.domain.rules.InputUsed;
import vn.khaosat.indicators.domain.rules.ObservationStatus;

/** One figure a computation used (số liệu đã sử dụng), with the status it had. */
@Schema(name = "InputUsed")
public record InputUsedView(
    @Schema(required = true, example = "BUDGET_REVENUE", maxLength = ColumnLimits.INDICATOR_CODE)
        String indicatorCode,
    @Schema(required = true, example = "665", maxLength = ColumnLimits.UNIT_CODE) String unitCode,
    @Schema(required = true, example = "2019") int year,
    @Schema(required = true, example = "411.9") BigDecimal value,
    @Schema(required = true, example = "ESTIMATE") ObservationStatus status) {

  /**
   * The most figures one computation reads: two series (a share and its total, a unit and its
   * reference) over every year from 1900 to 2200.
   */
  public static final int MAX = 2 * (ColumnLimits.YEAR_MAX - ColumnLimits.YEAR_MIN + 1);

  public static List<InputUsedView> of(List<InputUsed> inputs) {
    return inputs.stream()
        .map(
            i ->
                new InputUsedView(i.indicatorCode(), i.unitCode(), i.year(), i.value(), i.status()))
        .toList();
  }
}
