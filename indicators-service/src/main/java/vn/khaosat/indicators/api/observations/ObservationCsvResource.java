package vn.khaosat.indicators.api.observations;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaosat.indicators.domain.ColumnLimits;
import vn.khaosat.indicators.service.observations.ImportSummary;
import vn.khaosat.indicators.service.observations.ObservationExporter;
import vn.khaosat.indicators.service.observations.ObservationImporter;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.problem.Messages;
import vn.khaosat.security.Roles;

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
  private final long maxBytes;

  public ObservationCsvResource(
      ObservationImporter importer,
      ObservationExporter exporter,
      @ConfigProperty(name = "khaosat.import.max-bytes", defaultValue = "32M")
          MemorySize maxBytes) {
    this.importer = importer;
    this.exporter = exporter;
    this.maxBytes = maxBytes.asLongValue();
  }

  @POST
  @RolesAllowed({Roles.STATISTICIAN, Roles.ADMIN})
  @Path("/import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "importObservations",
      summary = "Import figures from CSV",
      description =
          "A dry run (the default) reports what would happen. dryRun=false stores all"
              + " lines or none: any conflict refuses the whole file with 409 and the same summary."
              + " OBS_STATUS takes OFFICIAL, PRELIMINARY, ESTIMATE, PLAN or the SDMX codes A, P, E, F."
              + " UTF-8 text (a byte-order mark is skipped); every cell is text as in the JSON"
              + " records, within its column's length (INDICATOR 40, REF_AREA 16, SOURCE 300,"
              + " POVERTY_STANDARD 40, NOTE 2000, the others 40), or the file is refused with a 400"
              + " naming the line and the column. The body may be up to IMPORT_MAX_BYTES (32 MB by"
              + " default; 100,000 lines are about 7 MB): a larger one is a 413. Conflicts are"
              + " listed up to 1000, the first by line; conflictCount counts them all. A commit"
              + " keeps every change in the figures' history as one batch named by importId, with"
              + " the file's SHA-256 and the reason; replacing a figure of a closed unit needs a"
              + " reason (400 without one, nothing stored).")
  @RequestBody(
      content =
          @Content(
              mediaType = "text/csv",
              schema = @Schema(type = SchemaType.STRING, maxLength = 33_554_432),
              examples = @ExampleObject(name = "figures", value = CSV_EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "The summary: imported, updated, unchanged, conflicts")
  @APIResponse(
      responseCode = "400",
      description = "Not a CSV with the required columns, or a cell that is not text or too long")
  @APIResponse(responseCode = "403", description = "Not a statistician or admin")
  @APIResponse(responseCode = "409", description = "Conflicts: nothing was stored")
  @APIResponse(responseCode = "413", description = "A body over IMPORT_MAX_BYTES")
  public ImportSummary importCsv(
      @Parameter(description = "Only check and count", example = "true")
          @QueryParam("dryRun")
          @DefaultValue("true")
          boolean dryRun,
      @Parameter(
              description =
                  "Why the figures change, kept in their history; required when the file"
                      + " replaces a figure of a closed unit",
              example = "Cục Thống kê công bố số liệu chính thức")
          @QueryParam("reason")
          @Size(max = ColumnLimits.REASON)
          String reason,
      @Context HttpHeaders headers,
      @Context HttpServerResponse response,
      InputStream body) {
    try {
      if (headers.getLength() > maxBytes) {
        // refused before a byte is read
        throw ImportBody.tooLarge(maxBytes);
      }
      // the hash of the bytes as sent, kept with the import's revisions
      MessageDigest sha256 = sha256();
      Reader reader =
          withoutByteOrderMark(
              new DigestInputStream(new ImportBody(body, maxBytes), sha256),
              charsetOf(headers.getMediaType()));
      return importer.importCsv(
          reader,
          sha256,
          dryRun,
          reason,
          Messages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    } catch (ApiProblem problem) {
      if (problem.getStatusCode() == 413) {
        // the rest of the body is not read: the connection cannot serve another request
        response.putHeader("Connection", "close");
      }
      throw problem;
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  // UTF-8 unless the client names another charset; bytes that are not text in it are refused
  private static CharsetDecoder charsetOf(MediaType type) {
    String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
    try {
      Charset charset = name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
    } catch (IllegalArgumentException unknown) {
      throw ApiProblem.unsupportedMediaType(
          "import.badCharset", vn.khaosat.problem.SafeText.printable(name, 40));
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
  public Response export(@Valid @BeanParam ObservationQuery query) {
    return Response.ok(exporter.export(query.filter()))
        .type("text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"observations.csv\"")
        .build();
  }

  // Spreadsheets save UTF-8 CSV with a byte-order mark that would otherwise spoil the first header.
  private static Reader withoutByteOrderMark(InputStream body, CharsetDecoder charset) {
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
