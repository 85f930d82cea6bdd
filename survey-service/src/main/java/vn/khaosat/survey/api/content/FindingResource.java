package vn.khaosat.survey.api.content;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaosat.idempotency.Idempotent;
import vn.khaosat.security.Roles;
import vn.khaosat.survey.api.IfMatch;
import vn.khaosat.survey.domain.Limits;
import vn.khaosat.survey.domain.sessions.Finding;
import vn.khaosat.survey.service.SessionParts;
import vn.khaosat.survey.service.content.ContentService;
import vn.khaosat.survey.service.content.FindingCommand;

/** The findings of a session (ưu điểm, hạn chế, nguyên nhân). */
@Path("/api/surveys/{sessionId}/findings")
@Tag(name = "Survey sessions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FindingResource {

  private final ContentService content;
  private final SessionParts parts;

  public FindingResource(ContentService content, SessionParts parts) {
    this.content = content;
    this.parts = parts;
  }

  @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
  @POST
  @Idempotent
  @Operation(
      operationId = "addFinding",
      summary = "Record a finding",
      description =
          "A strength, limitation or cause; a target id is checked with indicators-service and"
              + " its wording copied.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = FindingView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields or an unknown target")
  @APIResponse(responseCode = "409", description = "The minutes are signed")
  @APIResponse(responseCode = "503", description = "indicators-service cannot check the target")
  public Response add(
      @PathParam("sessionId") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long sessionId,
      @Valid @BeanParam IfMatch ifMatch,
      @NotNull @Valid FindingCommand request) {
    Finding finding = content.addFinding(sessionId, request, ifMatch.value());
    return Response.created(URI.create("/api/surveys/" + sessionId + "/findings/" + finding.id))
        .entity(FindingView.of(finding))
        .build();
  }

  @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
  @PUT
  @Path("/{id}")
  @Operation(
      operationId = "updateFinding",
      summary = "Revise a finding before signing",
      description =
          "Its kind, text and target are replaced; it keeps its number. A target id is checked"
              + " with indicators-service and its wording copied. The session's history keeps"
              + " what it said before.")
  @APIResponse(
      responseCode = "200",
      description = "The finding as stored",
      content = @Content(schema = @Schema(implementation = FindingView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields or an unknown target")
  @APIResponse(responseCode = "404", description = "No such finding in this session")
  @APIResponse(responseCode = "409", description = "The minutes are signed")
  @APIResponse(responseCode = "503", description = "indicators-service cannot check the target")
  public FindingView update(
      @PathParam("sessionId") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long sessionId,
      @PathParam("id") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long id,
      @Valid @BeanParam IfMatch ifMatch,
      @NotNull @Valid FindingCommand request) {
    return FindingView.of(content.updateFinding(sessionId, id, request, ifMatch.value()));
  }

  @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
  @DELETE
  @Path("/{id}")
  @Operation(
      operationId = "removeFinding",
      summary = "Remove a finding",
      description =
          "Removed from the minutes (the session's history keeps it); the other findings keep"
              + " their numbers. Needs secretary for the host unit or admin, before signing.")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "409", description = "The minutes are signed")
  public void remove(
      @PathParam("sessionId") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long sessionId,
      @PathParam("id") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long id,
      @Valid @BeanParam IfMatch ifMatch) {
    content.removeFinding(sessionId, id, ifMatch.value());
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getFinding",
      summary = "Read a finding",
      description =
          "Found under this session only (404 under another one), as recorded; any reader.")
  @APIResponse(responseCode = "200", description = "Found")
  @APIResponse(responseCode = "404", description = "No such finding in this session")
  public FindingView get(
      @PathParam("sessionId") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long sessionId,
      @PathParam("id") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long id) {
    return FindingView.of(parts.finding(sessionId, id));
  }
}
