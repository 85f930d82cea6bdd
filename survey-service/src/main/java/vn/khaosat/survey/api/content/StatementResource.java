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
import vn.khaosat.survey.domain.sessions.Statement;
import vn.khaosat.survey.service.SessionParts;
import vn.khaosat.survey.service.content.StatementCommand;
import vn.khaosat.survey.service.content.StatementService;

/** Statements in the order they were made. */
@Path("/api/surveys/{sessionId}/statements")
@Tag(name = "Survey sessions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StatementResource {

  private final StatementService statements;
  private final SessionParts parts;

  public StatementResource(StatementService statements, SessionParts parts) {
    this.statements = statements;
    this.parts = parts;
  }

  @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
  @POST
  @Idempotent
  @Operation(
      operationId = "addStatement",
      summary = "Record a statement",
      description =
          "Appended after the last one. The speaker is a present participant of this session; a"
              + " reply names an earlier statement of this session.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = StatementView.class)))
  @APIResponse(
      responseCode = "400",
      description = "A speaker, agenda item or statement answered that is not of this session")
  @APIResponse(responseCode = "409", description = "The minutes are signed")
  public Response add(
      @PathParam("sessionId") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long sessionId,
      @Valid @BeanParam IfMatch ifMatch,
      @NotNull @Valid StatementCommand request) {
    Statement s = statements.add(sessionId, request, ifMatch.value());
    return Response.created(URI.create("/api/surveys/" + sessionId + "/statements/" + s.id))
        .entity(StatementView.of(s))
        .build();
  }

  @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
  @PUT
  @Path("/{id}")
  @Operation(
      operationId = "updateStatement",
      summary = "Correct a statement before signing",
      description = "It keeps its place in the order.")
  @APIResponse(responseCode = "200", description = "The statement as stored")
  @APIResponse(responseCode = "400", description = "Invalid fields")
  @APIResponse(responseCode = "404", description = "No such statement in this session")
  @APIResponse(responseCode = "409", description = "The minutes are signed")
  public StatementView update(
      @PathParam("sessionId") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long sessionId,
      @PathParam("id") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long id,
      @Valid @BeanParam IfMatch ifMatch,
      @NotNull @Valid StatementCommand request) {
    return StatementView.of(statements.update(sessionId, id, request, ifMatch.value()));
  }

  @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
  @DELETE
  @Path("/{id}")
  @Operation(
      operationId = "removeStatement",
      summary = "Remove a statement recorded by mistake",
      description = "Not one that another statement answers.")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "404", description = "No such statement in this session")
  @APIResponse(responseCode = "409", description = "Answered, or the minutes are signed")
  public void remove(
      @PathParam("sessionId") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long sessionId,
      @PathParam("id") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long id,
      @Valid @BeanParam IfMatch ifMatch) {
    statements.remove(sessionId, id, ifMatch.value());
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getStatement",
      summary = "Read a statement",
      description =
          "Found under this session only (404 under another one), as recorded; any reader.")
  @APIResponse(responseCode = "200", description = "Found")
  @APIResponse(responseCode = "404", description = "No such statement in this session")
  public StatementView getStatement(
      @PathParam("sessionId") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long sessionId,
      @PathParam("id") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long id) {
    return StatementView.of(parts.statement(sessionId, id));
  }
}
