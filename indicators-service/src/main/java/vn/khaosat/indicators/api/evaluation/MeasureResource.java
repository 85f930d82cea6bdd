package vn.khaosat.indicators.api.evaluation;

import static vn.khaosat.indicators.domain.ColumnLimits.YEAR_MAX;
import static vn.khaosat.indicators.domain.ColumnLimits.YEAR_MIN;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaosat.indicators.domain.ColumnLimits;
import vn.khaosat.indicators.domain.rules.Measure;
import vn.khaosat.indicators.service.evaluation.MeasureService;
import vn.khaosat.indicators.service.evaluation.MeasureService.MeasureQuery;
import vn.khaosat.problem.Messages;

/** One measure of one indicator, computed on its own. */
@Path("/api/measures")
@Tag(name = "Evaluation", description = "Measures, target evaluations and scorecards")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MeasureResource {

  private final MeasureService measures;

  public MeasureResource(MeasureService measures) {
    this.measures = measures;
  }

  @GET
  @Operation(
      operationId = "computeMeasure",
      summary = "Compute one measure",
      description =
          "LEVEL, AVERAGE_GROWTH, MEAN_OF_YEARLY_RATES, INDEX_TO_BASE, SHARE,"
              + " AVERAGE_RELATIVE_REDUCTION, PERCENTAGE_POINT_CHANGE, RATIO_TO_UNIT or CUMULATIVE, from"
              + " the best figures available (official, then preliminary, then estimate). Warnings"
              + " are in the language of Accept-Language (vi, the default, or en).")
  @APIResponse(
      responseCode = "200",
      description = "The value (null with a reason when figures are missing) and its inputs")
  @APIResponse(responseCode = "400", description = "A missing or unknown parameter")
  public MeasureView measure(
      @Parameter(example = "BUDGET_REVENUE")
          @QueryParam("indicator")
          @NotNull
          @Size(max = ColumnLimits.INDICATOR_CODE)
          String indicator,
      @Parameter(example = "665") @QueryParam("unit") @NotNull @Size(max = ColumnLimits.UNIT_CODE)
          String unit,
      @Parameter(example = "LEVEL") @QueryParam("measure") @NotNull Measure measure,
      @Parameter(example = "2019") @QueryParam("year") @NotNull @Min(YEAR_MIN) @Max(YEAR_MAX)
          Integer year,
      @Parameter(description = "For growth, index and reduction measures", example = "2015")
          @QueryParam("baseYear")
          @Min(YEAR_MIN)
          @Max(YEAR_MAX)
          Integer baseYear,
      @Parameter(description = "For RATIO_TO_UNIT", example = "67")
          @QueryParam("referenceUnit")
          @Size(max = ColumnLimits.UNIT_CODE)
          String referenceUnit,
      @Parameter(
              description = "For SHARE: the total; defaults to the indicator's",
              example = "GRDP")
          @QueryParam("partOf")
          @Size(max = ColumnLimits.INDICATOR_CODE)
          String partOf,
      @Parameter(description = "A reported average growth, in % a year, to check", example = "8.8")
          @QueryParam("reported")
          @DecimalMin(ColumnLimits.RATE_MIN)
          @DecimalMax(ColumnLimits.RATE_MAX)
          BigDecimal reported,
      // an unreadable Accept-Language means the default language (HttpLimits): never refused
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
    var query =
        new MeasureQuery(indicator, unit, measure, year, baseYear, referenceUnit, partOf, reported);
    return MeasureView.of(measures.compute(query, Messages.fromAcceptLanguage(language)));
  }
}
