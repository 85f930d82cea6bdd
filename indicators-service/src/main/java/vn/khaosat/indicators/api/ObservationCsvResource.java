package vn.khaosat.indicators.api;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaosat.indicators.domain.rules.ObservationStatus;
import vn.khaosat.indicators.service.ImportSummary;
import vn.khaosat.indicators.service.ObservationExporter;
import vn.khaosat.indicators.service.ObservationFilter;
import vn.khaosat.indicators.service.ObservationImporter;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.problem.Messages;

@Path("/api/observations")
@Tag(name = "Observations")
@Authenticated
public class ObservationCsvResource {

  static final String CSV_EXAMPLE =
      """
      INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS,SOURCE
      BUDGET_REVENUE,665,2015,300,OFFICIAL,Cục Thống kê
      BUDGET_REVENUE,665,2019,411.9,ESTIMATE,Báo cáo chính trị
      """;

  private final ObservationImporter importer;
  private final ObservationExporter exporter;

  public ObservationCsvResource(ObservationImporter importer, ObservationExporter exporter) {
    this.importer = importer;
    this.exporter = exporter;
  }

  @POST
  @Path("/import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "importObservations",
      summary = "Import figures from CSV",
      description =
          "A dry run (the default) reports what would happen. dryRun=false stores all"
              + " lines or none: any conflict refuses the whole file with 409 and the same summary."
              + " OBS_STATUS takes OFFICIAL, PRELIMINARY, ESTIMATE, PLAN or the SDMX codes A, P, E, F.")
  @RequestBody(
      content =
          @Content(
              mediaType = "text/csv",
              examples = @ExampleObject(name = "figures", value = CSV_EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "The summary: imported, updated, unchanged, conflicts")
  @APIResponse(responseCode = "400", description = "Not a CSV with the required columns")
  @APIResponse(responseCode = "403", description = "Not a statistician or admin")
  @APIResponse(responseCode = "409", description = "Conflicts: nothing was stored")
  public ImportSummary importCsv(
      @Parameter(description = "Only check and count", example = "true")
          @QueryParam("dryRun")
          @DefaultValue("true")
          boolean dryRun,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType,
      InputStream body) {
    Reader reader = withoutByteOrderMark(body, charsetOf(contentType));
    return importer.importCsv(reader, dryRun, Messages.fromAcceptLanguage(language));
  }

  // UTF-8 unless the client names another charset
  private static Charset charsetOf(MediaType type) {
    String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
    try {
      return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    } catch (IllegalArgumentException unknown) {
      throw ApiProblem.unsupportedMediaType("import.badCharset", name);
    }
  }

  @GET
  @Path("/export")
  @Produces("text/csv")
  @Operation(
      operationId = "exportObservations",
      summary = "Export figures as CSV",
      description = "The columns of the import; filters of the list.")
  @APIResponse(responseCode = "200", description = "The CSV, streamed")
  public Response export(
      @Parameter(example = "BUDGET_REVENUE") @QueryParam("indicator") String indicator,
      @Parameter(example = "665") @QueryParam("unit") String unit,
      @Parameter(example = "2015") @QueryParam("fromYear") Integer fromYear,
      @Parameter(example = "2020") @QueryParam("toYear") Integer toYear,
      @Parameter(example = "OFFICIAL") @QueryParam("status") ObservationStatus status) {
    var filter = new ObservationFilter(indicator, unit, fromYear, toYear, status);
    return Response.ok(exporter.export(filter))
        .type("text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"observations.csv\"")
        .build();
  }

  // Spreadsheets save UTF-8 CSV with a byte-order mark that would otherwise spoil the first header.
  private static Reader withoutByteOrderMark(InputStream body, Charset charset) {
    try {
      PushbackReader reader = new PushbackReader(new InputStreamReader(body, charset), 1);
      int first = reader.read();
      if (first != -1 && first != '\uFEFF') {
        reader.unread(first);
      }
      return reader;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
