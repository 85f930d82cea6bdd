package vn.khaosat.indicators.api.charts;

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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaosat.indicators.domain.ColumnLimits;
import vn.khaosat.indicators.service.charts.ScorecardChartService;
import vn.khaosat.indicators.service.charts.SeriesChartService;
import vn.khaosat.problem.Messages;

/**
 * The evaluations drawn (biểu đồ): SVG images with a title, a description and text labels, in the
 * language of Accept-Language, that a browser shows and a document embeds as they are.
 */
@Path("/api/charts")
@Tag(name = "Charts", description = "Series and scorecards drawn as SVG")
@Authenticated
@Produces(ChartResource.SVG)
public class ChartResource {

  /** The media type of every chart. */
  public static final String SVG = "image/svg+xml";

  private static final MediaType SVG_TYPE = MediaType.valueOf(SVG).withCharset("UTF-8");

  private static final String SVG_EXAMPLE =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" …><title>…</title><desc>…</desc>…"
          + "</svg>";

  private final SeriesChartService series;
  private final ScorecardChartService scorecards;

  public ChartResource(SeriesChartService series, ScorecardChartService scorecards) {
    this.series = series;
    this.scorecards = scorecards;
  }

  @GET
  @Path("/indicator-series")
  @Operation(
      operationId = "getIndicatorSeriesChart",
      summary = "The yearly series of a unit's target on an indicator, as SVG",
      description =
          "The unit's first target (by id) on the indicator in the term, evaluated in each year"
              + " of the term as `GET /api/targets/{id}/evaluation` does: a point for each year"
              + " with a figure (the measure as compared with the target: a level, or a growth"
              + " rate in %), the target value as a dashed line (a range as its two bounds), and"
              + " the latest year's point and status in the status's colour. Vietnamese labels and"
              + " numbers (1.234,5) by default, English with `Accept-Language: en`.")
  @APIResponse(
      responseCode = "200",
      description = "The chart",
      content =
          @Content(
              mediaType = SVG,
              schema = @Schema(type = SchemaType.STRING, maxLength = 1_000_000),
              example = SVG_EXAMPLE))
  @APIResponse(
      responseCode = "404",
      description = "An unknown indicator, unit or term, or no target on the indicator")
  public Response indicatorSeries(
      @Parameter(example = "BUDGET_REVENUE")
          @QueryParam("indicator")
          @NotNull
          @Size(max = ColumnLimits.INDICATOR_CODE)
          String indicator,
      @Parameter(example = "665") @QueryParam("unit") @NotNull @Size(max = ColumnLimits.UNIT_CODE)
          String unit,
      @Parameter(example = "2015-2020")
          @QueryParam("term")
          @NotNull
          @Size(max = ColumnLimits.TERM_CODE)
          String term,
      // an unreadable Accept-Language means the default language (HttpLimits): never refused
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
    return svg(
        series.indicatorSeries(indicator, unit, term, Messages.fromAcceptLanguage(language)));
  }

  @GET
  @Path("/scorecard")
  @Operation(
      operationId = "getScorecardChart",
      summary = "A unit's scorecard as SVG: one bar per target",
      description =
          "Every target of `GET /api/scorecards` with the same parameters, its achievement ratio"
              + " as a bar against a line at 100 %, coloured by its status, with the ratio and the"
              + " status written beside it. Vietnamese by default, English with"
              + " `Accept-Language: en`.")
  @APIResponse(
      responseCode = "200",
      description = "The chart",
      content =
          @Content(
              mediaType = SVG,
              schema = @Schema(type = SchemaType.STRING, maxLength = 10_000_000),
              example = SVG_EXAMPLE))
  @APIResponse(responseCode = "400", description = "A year outside the term")
  @APIResponse(responseCode = "404", description = "An unknown unit or term")
  public Response scorecard(
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
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
    return svg(scorecards.scorecard(unit, term, year, Messages.fromAcceptLanguage(language)));
  }

  // typed here, so that the shared ETag filter sees an SVG image and hashes it as it is
  private static Response svg(String image) {
    return Response.ok(image, SVG_TYPE).build();
  }
}
