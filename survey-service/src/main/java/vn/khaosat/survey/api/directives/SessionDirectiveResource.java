package vn.khaosat.survey.api.directives;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaosat.caching.EntityTags;
import vn.khaosat.idempotency.Idempotent;
import vn.khaosat.security.Roles;
import vn.khaosat.survey.api.IfMatch;
import vn.khaosat.survey.domain.Days;
import vn.khaosat.survey.domain.Limits;
import vn.khaosat.survey.domain.directives.Directive;
import vn.khaosat.survey.service.directives.DirectiveCommand;
import vn.khaosat.survey.service.directives.DirectiveService;

/** The directives of a session's conclusion, while the minutes are not signed. */
@Path("/api/surveys/{sessionId}/directives")
@Tag(name = "Directives", description = "Directives (yêu cầu, nhiệm vụ) and their follow-up")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionDirectiveResource {

  private final DirectiveService directives;

  public SessionDirectiveResource(DirectiveService directives) {
    this.directives = directives;
  }

  @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
  @POST
  @Idempotent
  @Operation(
      operationId = "addDirective",
      summary = "Add a directive",
      description =
          "Text, responsible body and unit (checked with indicators-service) and a deadline on"
              + " or after the session's day. It starts OPEN.")
  @APIResponse(
      responseCode = "201",
      description = "Added; Location names it under /api/directives",
      content = @Content(schema = @Schema(implementation = DirectiveView.class)))
  @APIResponse(responseCode = "400", description = "No deadline or owner, an unknown unit")
  @APIResponse(responseCode = "409", description = "The minutes are signed")
  @APIResponse(responseCode = "503", description = "indicators-service cannot check the unit")
  public Response add(
      @PathParam("sessionId") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long sessionId,
      @Valid @BeanParam IfMatch ifMatch,
      @NotNull @Valid DirectiveCommand request) {
    Directive d = directives.add(sessionId, request, ifMatch.value());
    LocalDate today = Days.today();
    return Response.created(URI.create("/api/directives/" + d.id))
        .entity(DirectiveView.of(d, null, today))
        .tag(EntityTags.valueOn(d.version, today))
        .build();
  }

  @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
  @PUT
  @Path("/{id}")
  @Operation(
      operationId = "updateDirective",
      summary = "Correct a directive before signing",
      description = "If-Match names the directive's version.")
  @APIResponse(responseCode = "200", description = "The directive as stored")
  @APIResponse(responseCode = "400", description = "Invalid fields")
  @APIResponse(responseCode = "404", description = "No such directive in this session")
  @APIResponse(responseCode = "409", description = "The minutes are signed")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public DirectiveView update(
      @PathParam("sessionId") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long sessionId,
      @PathParam("id") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long id,
      @Valid @BeanParam IfMatch ifMatch,
      @NotNull @Valid DirectiveCommand request) {
    return DirectiveView.of(directives.update(sessionId, id, request, ifMatch.value()));
  }

  @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
  @DELETE
  @Path("/{id}")
  @Operation(
      operationId = "removeDirective",
      summary = "Remove a directive recorded by mistake",
      description =
          "Removed with its changes of status, before signing only: a signed directive is"
              + " followed up with PATCH /api/directives/{id} instead.")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "404", description = "No such directive in this session")
  @APIResponse(responseCode = "409", description = "The minutes are signed")
  public void remove(
      @PathParam("sessionId") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long sessionId,
      @PathParam("id") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long id) {
    directives.remove(sessionId, id);
  }
}
