package vn.khaosat.indicators.api.evaluation;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaosat.indicators.domain.ColumnLimits;
import vn.khaosat.indicators.service.evaluation.EvaluationService;
import vn.khaosat.problem.Messages;

/** The evaluation of one target in one year. */
@Path("/api/targets/{id}/evaluation")
@Tag(name = "Evaluation", description = "Measures, target evaluations and scorecards")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class TargetEvaluationResource {

  private final EvaluationService evaluations;

  public TargetEvaluationResource(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @GET
  @Operation(
      operationId = "evaluateTarget",
      summary = "Evaluate a target in a year",
      description =
          "Status (EXCEEDED, MET, NOT_YET_MET, NOT_MET or NO_DATA with its reason), achievement"
              + " ratio, the figures used, the projection to the end of the term, an explanation and"
              + " consistency warnings, in the language of Accept-Language (vi, the default, or"
              + " en). `reported` is the average the unit reported, checked against the geometric"
              + " one.")
  @APIResponse(responseCode = "200", description = "The evaluation")
  @APIResponse(responseCode = "400", description = "No year, or a year outside the term")
  @APIResponse(responseCode = "404", description = "No target has this id")
  public EvaluationView evaluate(
      @Parameter(example = "1") @PathParam("id") @Min(1) @Max(ColumnLimits.ID_MAX) long id,
      @Parameter(example = "2019")
          @QueryParam("year")
          @NotNull
          @Min(ColumnLimits.YEAR_MIN)
          @Max(ColumnLimits.YEAR_MAX)
          Integer year,
      @Parameter(
              description = "Average growth as the unit reported it, in % a year",
              example = "8.8")
          @QueryParam("reported")
          @DecimalMin(ColumnLimits.RATE_MIN)
          @DecimalMax(ColumnLimits.RATE_MAX)
          BigDecimal reported,
      // an unreadable Accept-Language means the default language (HttpLimits): never refused
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
    Locale locale = Messages.fromAcceptLanguage(language);
    return EvaluationView.of(evaluations.evaluate(id, year, reported, locale), locale);
  }
}
