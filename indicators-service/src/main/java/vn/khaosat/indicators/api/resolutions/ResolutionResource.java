package vn.khaosat.indicators.api.resolutions;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaosat.idempotency.Idempotent;
import vn.khaosat.indicators.api.IfMatch;
import vn.khaosat.indicators.domain.ColumnLimits;
import vn.khaosat.indicators.service.resolutions.ResolutionService;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;
import vn.khaosat.security.Roles;

@Path("/api/resolutions")
@Tag(name = "Resolutions", description = "Congress resolutions (nghị quyết đại hội) of each unit")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResolutionResource {

  private final ResolutionService resolutions;

  public ResolutionResource(ResolutionService resolutions) {
    this.resolutions = resolutions;
  }

  @GET
  @Operation(
      operationId = "listResolutions",
      summary = "List resolutions",
      description = "Filters combine: the resolutions of Đắk Song (665) for 2015-2020, say.")
  @APIResponse(responseCode = "200", description = "One page of resolutions")
  public Page<ResolutionView> list(
      @Parameter(example = "665") @QueryParam("unit") @Size(max = ColumnLimits.UNIT_CODE)
          String unit,
      @Parameter(example = "2015-2020") @QueryParam("term") @Size(max = ColumnLimits.TERM_CODE)
          String term,
      @Valid @BeanParam PageParams page) {
    return resolutions.list(unit, term, page).map(ResolutionView::of);
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getResolution",
      summary = "Read a resolution",
      description = "Sends an ETag with the resolution's version.")
  @APIResponse(
      responseCode = "200",
      description = "The resolution, with its version as ETag",
      content = @Content(schema = @Schema(implementation = ResolutionView.class)))
  @APIResponse(responseCode = "404", description = "No resolution has this id")
  public Response get(
      @Parameter(example = "1") @PathParam("id") @Min(1) @Max(ColumnLimits.ID_MAX) long id) {
    var resolution = resolutions.get(id);
    return Response.ok(ResolutionView.of(resolution))
        .tag(String.valueOf(resolution.version))
        .build();
  }

  @POST
  @RolesAllowed({Roles.STATISTICIAN, Roles.ADMIN})
  @Idempotent
  @Operation(
      operationId = "createResolution",
      summary = "Create a resolution",
      description = "Needs statistician within the unit, or admin.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names it",
      content = @Content(schema = @Schema(implementation = ResolutionView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields, unknown unit or term")
  @APIResponse(responseCode = "403", description = "Outside the caller's units")
  @APIResponse(responseCode = "409", description = "The unit did not exist during the term")
  public Response create(@NotNull @Valid ResolutionRequest request) {
    var resolution = resolutions.create(request.command());
    return Response.created(URI.create("/api/resolutions/" + resolution.id))
        .entity(ResolutionView.of(resolution))
        .tag(String.valueOf(resolution.version))
        .build();
  }

  @PUT
  @RolesAllowed({Roles.STATISTICIAN, Roles.ADMIN})
  @Path("/{id}")
  @Operation(
      operationId = "updateResolution",
      summary = "Replace a resolution",
      description = "Needs statistician within the unit, or admin.")
  @APIResponse(responseCode = "400", description = "Invalid fields, unknown unit or term")
  @APIResponse(
      responseCode = "200",
      description = "The resolution as stored",
      content = @Content(schema = @Schema(implementation = ResolutionView.class)))
  @APIResponse(responseCode = "404", description = "No resolution has this id")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response update(
      @Parameter(example = "1") @PathParam("id") @Min(1) @Max(ColumnLimits.ID_MAX) long id,
      @Valid @BeanParam IfMatch ifMatch,
      @NotNull @Valid ResolutionRequest request) {
    var resolution = resolutions.update(id, request.command(), ifMatch.value);
    return Response.ok(ResolutionView.of(resolution))
        .tag(String.valueOf(resolution.version))
        .build();
  }

  @DELETE
  @RolesAllowed({Roles.STATISTICIAN, Roles.ADMIN})
  @Path("/{id}")
  @Operation(
      operationId = "deleteResolution",
      summary = "Delete a resolution that has no targets",
      description = "Needs statistician within the unit, or admin.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "No resolution has this id")
  @APIResponse(responseCode = "409", description = "It has targets")
  public void delete(
      @Parameter(example = "1") @PathParam("id") @Min(1) @Max(ColumnLimits.ID_MAX) long id,
      @Valid @BeanParam IfMatch ifMatch) {
    resolutions.delete(id, ifMatch.value);
  }
}
