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
import vn.khaosat.survey.domain.sessions.AgendaItem;
import vn.khaosat.survey.service.SessionParts;
import vn.khaosat.survey.service.content.AgendaItemCommand;
import vn.khaosat.survey.service.content.ContentService;

/** The agenda of a session; its findings have {@link FindingResource}. */
@Path("/api/surveys/{sessionId}")
@Tag(name = "Survey sessions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContentResource {

  private final ContentService content;
  private final SessionParts parts;

  public ContentResource(ContentService content, SessionParts parts) {
    this.content = content;
    this.parts = parts;
  }

  @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
  @POST
  @Idempotent
  @Path("/agenda")
  @Operation(
      operationId = "addAgendaItem",
      summary = "Add an agenda item",
      description =
          "Appended after the last item, at most 100 (409 then). Needs secretary for the host"
              + " unit or admin, before signing.")
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content = @Content(schema = @Schema(implementation = AgendaItemView.class)))
  @APIResponse(responseCode = "409", description = "The minutes are signed")
  public Response addAgendaItem(
      @PathParam("sessionId") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long sessionId,
      @Valid @BeanParam IfMatch ifMatch,
      @NotNull @Valid AgendaItemCommand request) {
    AgendaItem item = content.addAgendaItem(sessionId, request, ifMatch.value());
    return Response.created(URI.create("/api/surveys/" + sessionId + "/agenda/" + item.id))
        .entity(AgendaItemView.of(item))
        .build();
  }

  @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
  @DELETE
  @Path("/agenda/{id}")
  @Operation(
      operationId = "removeAgendaItem",
      summary = "Remove an agenda item",
      description = "Not one a statement belongs to.")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "409", description = "In use, or the minutes are signed")
  public void removeAgendaItem(
      @PathParam("sessionId") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long sessionId,
      @PathParam("id") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long id,
      @Valid @BeanParam IfMatch ifMatch) {
    content.removeAgendaItem(sessionId, id, ifMatch.value());
  }

  @GET
  @Path("/agenda/{id}")
  @Operation(
      operationId = "getAgendaItem",
      summary = "Read an agenda item",
      description =
          "Found under this session only (404 under another one), as recorded; any reader.")
  @APIResponse(responseCode = "200", description = "Found")
  @APIResponse(responseCode = "404", description = "No such agenda item in this session")
  public AgendaItemView getAgendaItem(
      @PathParam("sessionId") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long sessionId,
      @PathParam("id") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long id) {
    return AgendaItemView.of(parts.agendaItem(sessionId, id));
  }
}
