package vn.khaosat.survey.api.sessions;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaosat.security.Roles;
import vn.khaosat.survey.api.IfMatch;
import vn.khaosat.survey.domain.Limits;
import vn.khaosat.survey.service.sessions.ConclusionCommand;
import vn.khaosat.survey.service.sessions.SessionSteps;
import vn.khaosat.survey.service.sessions.SignCommand;

/** The steps of a session: PLANNED → HELD → CONCLUDED → SIGNED, and the conclusion. */
@Path("/api/surveys/{id}")
@Tag(name = "Survey sessions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionStepResource {

  private final SessionSteps steps;
  private final SessionResponses responses;

  public SessionStepResource(SessionSteps steps, SessionResponses responses) {
    this.steps = steps;
    this.responses = responses;
  }

  @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
  @POST
  @Path("/hold")
  @Operation(
      operationId = "holdSurveySession",
      summary = "Mark a planned session as held",
      description = "PLANNED → HELD. Needs secretary (for the host unit) or admin.")
  @APIResponse(
      responseCode = "200",
      description = "The session, now HELD",
      content = @Content(schema = @Schema(implementation = SessionView.class)))
  @APIResponse(responseCode = "409", description = "The session is not PLANNED")
  public Response hold(
      @PathParam("id") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long id,
      @Valid @BeanParam IfMatch ifMatch) {
    steps.hold(id, ifMatch.value());
    return responses.read(id, Response.ok());
  }

  @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
  @PUT
  @Path("/conclusion")
  @Operation(
      operationId = "writeConclusion",
      summary = "Write or revise the conclusion (kết luận)",
      description =
          "While the session is HELD or CONCLUDED. The one who concludes is a present participant"
              + " who may chair: the delegation's leader or the host's chair.")
  @APIResponse(
      responseCode = "200",
      description = "The session with its conclusion",
      content = @Content(schema = @Schema(implementation = SessionView.class)))
  @APIResponse(responseCode = "400", description = "Not a present participant who may chair")
  @APIResponse(responseCode = "409", description = "The session is not held yet, or is signed")
  public Response conclusion(
      @PathParam("id") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long id,
      @Valid @BeanParam IfMatch ifMatch,
      @NotNull @Valid ConclusionCommand request) {
    steps.writeConclusion(id, request, ifMatch.value());
    return responses.read(id, Response.ok());
  }

  @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
  @POST
  @Path("/conclude")
  @Operation(
      operationId = "concludeSurveySession",
      summary = "Mark a held session as concluded",
      description = "HELD → CONCLUDED, once the conclusion is written.")
  @APIResponse(
      responseCode = "200",
      description = "The session, now CONCLUDED",
      content = @Content(schema = @Schema(implementation = SessionView.class)))
  @APIResponse(responseCode = "409", description = "Not HELD, or no conclusion yet")
  public Response conclude(
      @PathParam("id") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long id,
      @Valid @BeanParam IfMatch ifMatch) {
    steps.conclude(id, ifMatch.value());
    return responses.read(id, Response.ok());
  }

  @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
  @POST
  @Path("/sign")
  @Operation(
      operationId = "signMinutes",
      summary = "Sign the minutes",
      description =
          "CONCLUDED → SIGNED, by the secretary (a SECRETARY participant) and the chair (the"
              + " delegation's leader or the host's chair), both present. From then on the session"
              + " never changes: corrections are amendments. Directives' status is still followed"
              + " up.")
  @APIResponse(
      responseCode = "200",
      description = "The signed session",
      content = @Content(schema = @Schema(implementation = SessionView.class)))
  @APIResponse(responseCode = "400", description = "A signatory who is not the right participant")
  @APIResponse(responseCode = "409", description = "The session is not CONCLUDED")
  public Response sign(
      @PathParam("id") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long id,
      @Valid @BeanParam IfMatch ifMatch,
      @NotNull @Valid SignCommand request) {
    steps.sign(id, request, ifMatch.value());
    return responses.read(id, Response.ok());
  }
}
