package vn.khaosat.survey.api.dossier;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import vn.khaosat.idempotency.Idempotent;
import vn.khaosat.problem.RequestLocale;
import vn.khaosat.security.Roles;
import vn.khaosat.survey.api.IfMatch;
import vn.khaosat.survey.domain.Limits;
import vn.khaosat.survey.service.dossier.DossierService;

/**
 * The dossier the delegation takes to a session. {@code missing} is worded in the request's
 * language, read as every problem's is (a garbled Accept-Language means Vietnamese).
 */
@Path("/api/surveys/{sessionId}/dossier")
@Tag(name = "Survey sessions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DossierResource {

  private final DossierService dossiers;
  private final RequestLocale locale;

  public DossierResource(DossierService dossiers, RequestLocale locale) {
    this.dossiers = dossiers;
    this.locale = locale;
  }

  @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
  @POST
  @Idempotent
  @Operation(
      operationId = "takeDossier",
      summary = "Take the dossier (hồ sơ) now",
      description =
          "Fetches the host unit's scorecard for the reviewed term from indicators-service and"
              + " the vetting summary of its latest personnel plan for the planned term from"
              + " cadre-service, and stores them with the time. When a service is down, slow or"
              + " refuses, the dossier is still stored and `missing` says what and why. The"
              + " caller's token and X-Request-Id travel with both calls.")
  @APIResponse(
      responseCode = "201",
      description = "The dossier, complete or not",
      content = @Content(schema = @Schema(implementation = DossierView.class)))
  @APIResponse(responseCode = "403", description = "Outside the caller's units or role")
  @APIResponse(responseCode = "404", description = "No session has this id")
  @APIResponse(responseCode = "409", description = "The minutes are signed")
  public Response take(
      @PathParam("sessionId") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long sessionId,
      @Valid @BeanParam IfMatch ifMatch) {
    var dossier = dossiers.take(sessionId, ifMatch.value());
    return Response.status(Response.Status.CREATED)
        .entity(DossierView.of(dossier, locale.current()))
        .build();
  }

  @GET
  @Operation(
      operationId = "getDossier",
      summary = "The latest dossier of a session",
      description = "As taken; `missing` explains in the language of Accept-Language.")
  @APIResponse(responseCode = "200", description = "The latest dossier")
  @APIResponse(responseCode = "404", description = "No such session, or no dossier taken")
  public DossierView latest(
      @PathParam("sessionId") @Min(Limits.MIN_ID) @Max(Limits.MAX_ID) long sessionId) {
    return DossierView.of(dossiers.latest(sessionId), locale.current());
  }
}
