package vn.khaosat.survey.api.sessions;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaosat.idempotency.Idempotent;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;
import vn.khaosat.security.Roles;
import vn.khaosat.survey.api.IfMatch;
import vn.khaosat.survey.domain.Limits;
import vn.khaosat.survey.domain.sessions.SessionStatus;
import vn.khaosat.survey.service.sessions.SessionCommand;
import vn.khaosat.survey.service.sessions.SessionService;

@Path("/api/surveys")
@Tag(name = "Survey sessions", description = "Survey sessions (buổi làm việc, khảo sát)")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

  private final SessionService sessions;
  private final SessionResponses responses;

  public SessionResource(SessionService sessions, SessionResponses responses) {
    this.sessions = sessions;
    this.responses = responses;
  }

  @GET
  @Operation(
      operationId = "listSurveySessions",
      summary = "List survey sessions",
      description = "Newest first; filters combine. `from` and `to` are days, both included.")
  @APIResponse(responseCode = "200", description = "One page of sessions")
  @APIResponse(responseCode = "400", description = "A bad filter or paging parameter")
  public Page<SessionSummaryView> list(
      @Parameter(description = "The host unit's code", example = "665")
          @QueryParam("unit")
          @Size(max = Limits.UNIT_CODE)
          String unit,
      @Parameter(example = "2019-11-01") @QueryParam("from") LocalDate from,
      @Parameter(example = "2019-11-30") @QueryParam("to") LocalDate to,
      @Parameter(example = "SIGNED") @QueryParam("status") SessionStatus status,
      @Valid @BeanParam PageParams page) {
    return sessions.list(unit, from, to, status, page).map(SessionSummaryView::of);
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getSurveySession",
      summary = "Read a session with everything recorded in it",
      description =
          "Participants, agenda, statements, findings, conclusion, directives, signature"
              + " and amendments. Sends an ETag with its version and the day, which its"
              + " directives' \"overdue\" follows; If-Match compares the version alone.")
  @APIResponse(
      responseCode = "200",
      description = "The session",
      content = @Content(schema = @Schema(implementation = SessionView.class)))
  @APIResponse(responseCode = "404", description = "No session has this id")
  public Response get(
      @Parameter(example = "1") @PathParam("id") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long id) {
    return responses.read(id, Response.ok());
  }

  @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
  @POST
  @Idempotent
  @Operation(
      operationId = "createSurveySession",
      summary = "Record a planned session",
      description =
          "Needs secretary (for the host unit) or admin. The host unit is checked with"
              + " indicators-service and its name copied; the planned term follows the reviewed"
              + " one. The session starts PLANNED.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the new session",
      content = @Content(schema = @Schema(implementation = SessionView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields, an unknown unit or bad terms")
  @APIResponse(responseCode = "403", description = "Outside the caller's units or role")
  @APIResponse(responseCode = "503", description = "indicators-service cannot check the unit")
  public Response create(@NotNull @Valid SessionCommand request) {
    long id = sessions.create(request).id;
    return responses.read(id, Response.created(URI.create("/api/surveys/" + id)));
  }

  @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
  @PUT
  @Path("/{id}")
  @Operation(
      operationId = "updateSurveySession",
      summary = "Replace a session's own fields",
      description = "The host unit never changes. Refused once the minutes are signed.")
  @APIResponse(
      responseCode = "200",
      description = "The session as stored",
      content = @Content(schema = @Schema(implementation = SessionView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields")
  @APIResponse(responseCode = "403", description = "Outside the caller's units or role")
  @APIResponse(responseCode = "404", description = "No session has this id")
  @APIResponse(responseCode = "409", description = "The minutes are signed")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response update(
      @Parameter(example = "1") @PathParam("id") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long id,
      @Valid @BeanParam IfMatch ifMatch,
      @NotNull @Valid SessionCommand request) {
    sessions.update(id, request, ifMatch.value());
    return responses.read(id, Response.ok());
  }
}
