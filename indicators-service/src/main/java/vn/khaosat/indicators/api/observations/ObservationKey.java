package vn.khaosat.indicators.api.observations;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.khaosat.indicators.domain.ColumnLimits;
import vn.khaosat.indicators.domain.rules.ObservationStatus;

/**
 * The natural key of one figure, the path {@code /{indicator}/{unit}/{year}/{status}}; use as
 * {@code @Valid @BeanParam ObservationKey}.
 */
public class ObservationKey {

  static final String PATH = "/{indicator}/{unit}/{year}/{status}";

  @PathParam("indicator")
  @Size(max = ColumnLimits.INDICATOR_CODE)
  @Parameter(example = "BUDGET_REVENUE")
  public String indicator;

  @PathParam("unit")
  @Size(max = ColumnLimits.UNIT_CODE)
  @Parameter(example = "665")
  public String unit;

  @PathParam("year")
  @Min(ColumnLimits.YEAR_MIN)
  @Max(ColumnLimits.YEAR_MAX)
  @Parameter(example = "2019")
  public int year;

  @PathParam("status")
  @Parameter(example = "OFFICIAL")
  public ObservationStatus status;

  String location() {
    return "/api/observations/%s/%s/%d/%s".formatted(indicator, unit, year, status);
  }
}
