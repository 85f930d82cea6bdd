package vn.khaosat.survey.api.participants;

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
import vn.khaosat.survey.domain.sessions.Participant;
import vn.khaosat.survey.service.SessionParts;
import vn.khaosat.survey.service.participants.ParticipantCommand;
import vn.khaosat.survey.service.participants.ParticipantService;

/** Who took part. Writes need secretary (for the host unit) or admin, before signing. */
@Path("/api/surveys/{sessionId}/participants")
@Tag(name = "Survey sessions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParticipantResource {

  private final ParticipantService participants;
  private final SessionParts parts;

  public ParticipantResource(ParticipantService participants, SessionParts parts) {
    this.participants = participants;
    this.parts = parts;
  }

  @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
  @POST
  @Idempotent
  @Operation(
      operationId = "addParticipant",
      summary = "Add a participant",
      description =
          "A cadre by id (name and post of the session's day copied from cadre-service) or a"
              + " guest by name.")
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content = @Content(schema = @Schema(implementation = ParticipantView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields, unknown cadre, cadre twice")
  @APIResponse(responseCode = "409", description = "The minutes are signed")
  @APIResponse(responseCode = "503", description = "cadre-service cannot check the cadre")
  public Response add(
      @PathParam("sessionId") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long sessionId,
      @Valid @BeanParam IfMatch ifMatch,
      @NotNull @Valid ParticipantCommand request) {
    Participant p = participants.add(sessionId, request, ifMatch.value());
    return Response.created(URI.create("/api/surveys/" + sessionId + "/participants/" + p.id))
        .entity(ParticipantView.of(p))
        .build();
  }

  @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
  @PUT
  @Path("/{id}")
  @Operation(
      operationId = "updateParticipant",
      summary = "Replace a participant",
      description = "Role, attendance, title; a cadre is copied again.")
  @APIResponse(responseCode = "200", description = "The participant as stored")
  @APIResponse(responseCode = "400", description = "Invalid fields or not of this session")
  @APIResponse(responseCode = "409", description = "The minutes are signed")
  public ParticipantView update(
      @PathParam("sessionId") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long sessionId,
      @PathParam("id") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long id,
      @Valid @BeanParam IfMatch ifMatch,
      @NotNull @Valid ParticipantCommand request) {
    return ParticipantView.of(participants.update(sessionId, id, request, ifMatch.value()));
  }

  @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
  @DELETE
  @Path("/{id}")
  @Operation(
      operationId = "removeParticipant",
      summary = "Remove a participant recorded by mistake",
      description = "Not one who spoke or concluded.")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "409", description = "Spoke or concluded, or the minutes are signed")
  public void remove(
      @PathParam("sessionId") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long sessionId,
      @PathParam("id") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long id,
      @Valid @BeanParam IfMatch ifMatch) {
    participants.remove(sessionId, id, ifMatch.value());
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getParticipant",
      summary = "Read a participant",
      description =
          "Found under this session only (404 under another one), as recorded; any reader.")
  @APIResponse(responseCode = "200", description = "Found")
  @APIResponse(responseCode = "404", description = "No such participant in this session")
  public ParticipantView getParticipant(
      @PathParam("sessionId") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long sessionId,
      @PathParam("id") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long id) {
    return ParticipantView.of(parts.participant(sessionId, id));
  }
}
