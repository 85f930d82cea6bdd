package vn.khaosat.survey.api.sessions;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import vn.khaosat.survey.domain.sessions.Amendment;
import vn.khaosat.survey.service.SessionParts;
import vn.khaosat.survey.service.sessions.AmendmentCommand;
import vn.khaosat.survey.service.sessions.AmendmentService;

/** Corrections to signed minutes; they are listed with the session. */
@Path("/api/surveys/{sessionId}/amendments")
@Tag(name = "Survey sessions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AmendmentResource {

  private final AmendmentService amendments;
  private final SessionParts parts;

  public AmendmentResource(AmendmentService amendments, SessionParts parts) {
    this.amendments = amendments;
    this.parts = parts;
  }

  @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
  @POST
  @Idempotent
  @Operation(
      operationId = "amendMinutes",
      summary = "Add a correction to signed minutes",
      description =
          "Only once signed (before, edit the content itself). The author is the caller; the"
              + " time is now. Amendments are never changed or removed.")
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content = @Content(schema = @Schema(implementation = AmendmentView.class)))
  @APIResponse(responseCode = "400", description = "No text or reason")
  @APIResponse(responseCode = "409", description = "The minutes are not signed yet")
  public Response add(
      @PathParam("sessionId") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long sessionId,
      @Valid @BeanParam IfMatch ifMatch,
      @NotNull @Valid AmendmentCommand request) {
    Amendment a = amendments.add(sessionId, request, ifMatch.value());
    return Response.created(URI.create("/api/surveys/" + sessionId + "/amendments/" + a.id))
        .entity(AmendmentView.of(a))
        .build();
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getAmendment",
      summary = "Read an amendment",
      description =
          "Found under this session only (404 under another one), as recorded; any reader.")
  @APIResponse(responseCode = "200", description = "Found")
  @APIResponse(responseCode = "404", description = "No such amendment in this session")
  public AmendmentView getAmendment(
      @PathParam("sessionId") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long sessionId,
      @PathParam("id") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long id) {
    return AmendmentView.of(parts.amendment(sessionId, id));
  }
}
