package vn.khaosat.survey.api.documents;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaosat.survey.domain.Limits;
import vn.khaosat.survey.service.documents.DocumentRenderer;
import vn.khaosat.survey.service.documents.SessionDocument;
import vn.khaosat.survey.service.documents.SessionDocuments;

/**
 * The official documents of a session, as HTML or PDF by Accept, in the Party document layout. An
 * unsigned session's documents are marked as drafts.
 */
@Path("/api/surveys/{sessionId}")
@Tag(name = "Documents", description = "Minutes (biên bản) and notice of conclusions")
@Authenticated
@Produces({DocumentResource.HTML, DocumentResource.PDF})
public class DocumentResource {

  static final String HTML = "text/html";
  static final String PDF = "application/pdf";
  private static final MediaType PDF_TYPE = MediaType.valueOf(PDF);
  private static final MediaType HTML_TYPE = MediaType.valueOf(HTML);

  private final SessionDocuments documents;
  private final DocumentRenderer renderer;

  public DocumentResource(SessionDocuments documents, DocumentRenderer renderer) {
    this.documents = documents;
    this.renderer = renderer;
  }

  @GET
  @Path("/minutes")
  @Operation(
      operationId = "getMinutes",
      summary = "The minutes (biên bản) as HTML or PDF",
      description =
          "`Accept: application/pdf` gives an A4 PDF with its font embedded; `text/html` the same"
              + " document for a browser. \"DỰ THẢO\" (draft) until signed.")
  @APIResponse(
      responseCode = "200",
      description = "The minutes",
      content = {@Content(mediaType = HTML), @Content(mediaType = PDF)})
  @APIResponse(responseCode = "404", description = "No session has this id")
  public Response minutes(
      @PathParam("sessionId") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long sessionId,
      @Context HttpHeaders headers) {
    return render(sessionId, headers, renderer::minutesHtml, "bien-ban-");
  }

  @GET
  @Path("/conclusion-notice")
  @Operation(
      operationId = "getConclusionNotice",
      summary = "The notice of conclusions (thông báo kết luận) as HTML or PDF",
      description = "By Accept, as for the minutes: findings, conclusion, directives, recipients.")
  @APIResponse(
      responseCode = "200",
      description = "The notice",
      content = {@Content(mediaType = HTML), @Content(mediaType = PDF)})
  @APIResponse(responseCode = "404", description = "No session has this id")
  public Response notice(
      @PathParam("sessionId") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long sessionId,
      @Context HttpHeaders headers) {
    return render(sessionId, headers, renderer::noticeHtml, "thong-bao-ket-luan-");
  }

  /** The document is worded here; only the PDF layout runs while streaming to the client. */
  private Response render(
      long sessionId,
      HttpHeaders headers,
      Function<SessionDocument, String> template,
      String filePrefix) {
    String html = template.apply(documents.of(sessionId));
    if (!wantsPdf(headers)) {
      return Response.ok(html, HTML_TYPE.withCharset("UTF-8")).build();
    }
    StreamingOutput body = out -> renderer.writePdf(html, out);
    return Response.ok(body, PDF_TYPE)
        .header("Content-Disposition", "inline; filename=\"" + filePrefix + sessionId + ".pdf\"")
        .build();
  }

  /** The first of the two types in the caller's order of preference; HTML for a wildcard. */
  private static boolean wantsPdf(HttpHeaders headers) {
    return headers.getAcceptableMediaTypes().stream()
        .filter(m -> !m.isWildcardType() && (m.isCompatible(PDF_TYPE) || m.isCompatible(HTML_TYPE)))
        .findFirst()
        .map(m -> m.isCompatible(PDF_TYPE))
        .orElse(false);
  }
}
