package vn.khaosat.indicators.api.observations;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.khaosat.indicators.domain.ColumnLimits;
import vn.khaosat.indicators.domain.rules.ObservationStatus;
import vn.khaosat.indicators.service.observations.ObservationFilter;

/**
 * The filters of the list and of the CSV export of figures; use as {@code @Valid @BeanParam
 * ObservationQuery}.
 */
public class ObservationQuery {

  @QueryParam("indicator")
  @Size(max = ColumnLimits.INDICATOR_CODE)
  @Parameter(example = "BUDGET_REVENUE")
  public String indicator;

  @QueryParam("unit")
  @Size(max = ColumnLimits.UNIT_CODE)
  @Parameter(example = "665")
  public String unit;

  @QueryParam("fromYear")
  @Min(ColumnLimits.YEAR_MIN)
  @Max(ColumnLimits.YEAR_MAX)
  @Parameter(description = "First year, inclusive", example = "2015")
  public Integer fromYear;

  @QueryParam("toYear")
  @Min(ColumnLimits.YEAR_MIN)
  @Max(ColumnLimits.YEAR_MAX)
  @Parameter(description = "Last year, inclusive", example = "2020")
  public Integer toYear;

  @QueryParam("status")
  @Parameter(example = "OFFICIAL")
  public ObservationStatus status;

  ObservationFilter filter() {
    return new ObservationFilter(indicator, unit, fromYear, toYear, status);
  }
}
