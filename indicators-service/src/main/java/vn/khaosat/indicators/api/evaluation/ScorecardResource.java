package vn.khaosat.indicators.api.evaluation;

import io.quarkus.security.Authenticated;
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
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaosat.indicators.domain.ColumnLimits;
import vn.khaosat.indicators.service.evaluation.ScorecardService;
import vn.khaosat.problem.Messages;

/** A unit's scorecard for a term and year. */
@Path("/api/scorecards")
@Tag(name = "Evaluation", description = "Measures, target evaluations and scorecards")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ScorecardResource {

  private final ScorecardService scorecards;

  public ScorecardResource(ScorecardService scorecards) {
    this.scorecards = scorecards;
  }

  @GET
  @Operation(
      operationId = "getScorecard",
      summary = "Scorecard of a unit for a term and year",
      description =
          "Every target of the unit's resolutions for the term, evaluated, with counts per"
              + " status (\"13/26 vượt, 10/26 đạt, 3/26 không đạt\") and warnings, in the language"
              + " of Accept-Language (vi, the default, or en).")
  @APIResponse(responseCode = "200", description = "The scorecard")
  @APIResponse(
      responseCode = "400",
      description = "A missing parameter, an unknown unit or term, or a year outside the term")
  public ScorecardView scorecard(
      @Parameter(example = "665") @QueryParam("unit") @NotNull @Size(max = ColumnLimits.UNIT_CODE)
          String unit,
      @Parameter(example = "2015-2020")
          @QueryParam("term")
          @NotNull
          @Size(max = ColumnLimits.TERM_CODE)
          String term,
      @Parameter(example = "2019")
          @QueryParam("year")
          @NotNull
          @Min(ColumnLimits.YEAR_MIN)
          @Max(ColumnLimits.YEAR_MAX)
          Integer year,
      // an unreadable Accept-Language means the default language (HttpLimits): never refused
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
    Locale locale = Messages.fromAcceptLanguage(language);
    return ScorecardView.of(scorecards.scorecard(unit, term, year, locale), locale);
  }
}
