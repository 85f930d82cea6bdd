package vn.khaosat.indicators.api;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaosat.indicators.domain.rules.Measure;
import vn.khaosat.indicators.service.EvaluationService;
import vn.khaosat.indicators.service.MeasureService;
import vn.khaosat.indicators.service.MeasureService.MeasureQuery;
import vn.khaosat.indicators.service.ScorecardService;
import vn.khaosat.problem.Messages;

/** Read-only computations: a measure, the evaluation of a target, a unit's scorecard. */
@Path("/api")
@Tag(name = "Evaluation", description = "Measures, target evaluations and scorecards")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {

  private final EvaluationService evaluations;
  private final ScorecardService scorecards;
  private final MeasureService measures;

  public EvaluationResource(
      EvaluationService evaluations, ScorecardService scorecards, MeasureService measures) {
    this.evaluations = evaluations;
    this.scorecards = scorecards;
    this.measures = measures;
  }

  @GET
  @Path("/targets/{id}/evaluation")
  @Operation(
      summary = "Evaluate a target in a year",
      description = "Status (EXCEEDED, MET, NOT_YET_MET, NOT_MET or NO_DATA with its reason), achievement"
          + " ratio, the figures used, the projection to the end of the term, an explanation and"
          + " consistency warnings. `reported` is the average the unit reported, checked against"
          + " the geometric one.")
  @APIResponse(responseCode = "200", description = "The evaluation")
  @APIResponse(responseCode = "400", description = "No year, or a year outside the term")
  @APIResponse(responseCode = "404", description = "No target has this id")
  public EvaluationView evaluate(
      @Parameter(example = "1") @PathParam("id") long id,
      @Parameter(example = "2019") @QueryParam("year") Integer year,
      @Parameter(description = "Average growth as the unit reported it", example = "8.8")
          @QueryParam("reported")
          BigDecimal reported,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
    return evaluations.evaluate(id, year, reported, Messages.fromAcceptLanguage(language));
  }

  @GET
  @Path("/scorecards")
  @Operation(
      summary = "Scorecard of a unit for a term and year",
      description = "Every target of the unit's resolutions for the term, evaluated, with counts per"
          + " status (\"13/26 vượt, 10/26 đạt, 3/26 không đạt\") and warnings.")
  @APIResponse(responseCode = "200", description = "The scorecard")
  @APIResponse(responseCode = "400", description = "Unknown unit or term, or a year outside the term")
  public ScorecardView scorecard(
      @Parameter(example = "665") @QueryParam("unit") String unit,
      @Parameter(example = "2015-2020") @QueryParam("term") String term,
      @Parameter(example = "2019") @QueryParam("year") Integer year,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
    return scorecards.scorecard(unit, term, year, Messages.fromAcceptLanguage(language));
  }

  @GET
  @Path("/measures")
  @Operation(
      summary = "Compute one measure",
      description = "LEVEL, AVERAGE_GROWTH, MEAN_OF_YEARLY_RATES, INDEX_TO_BASE, SHARE,"
          + " AVERAGE_RELATIVE_REDUCTION, PERCENTAGE_POINT_CHANGE, RATIO_TO_UNIT or CUMULATIVE, from"
          + " the best figures available (official, then preliminary, then estimate).")
  @APIResponse(responseCode = "200", description = "The value (null with a reason when figures are missing) and its inputs")
  @APIResponse(responseCode = "400", description = "A missing or unknown parameter")
  public MeasureView measure(
      @Parameter(example = "BUDGET_REVENUE") @QueryParam("indicator") String indicator,
      @Parameter(example = "665") @QueryParam("unit") String unit,
      @Parameter(example = "AVERAGE_GROWTH") @QueryParam("measure") Measure measure,
      @Parameter(example = "2019") @QueryParam("year") Integer year,
      @Parameter(description = "For growth, index and reduction measures", example = "2015")
          @QueryParam("baseYear")
          Integer baseYear,
      @Parameter(description = "For RATIO_TO_UNIT", example = "67") @QueryParam("referenceUnit")
          String referenceUnit,
      @Parameter(description = "For SHARE: the total; defaults to the indicator's", example = "GRDP")
          @QueryParam("partOf")
          String partOf,
      @Parameter(description = "A reported average to check", example = "8.8") @QueryParam("reported")
          BigDecimal reported,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
    var query =
        new MeasureQuery(indicator, unit, measure, year, baseYear, referenceUnit, partOf, reported);
    return measures.compute(query, Messages.fromAcceptLanguage(language));
  }
}
