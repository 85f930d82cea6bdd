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
import vn.khaosat.indicators.service.resolutions.TargetService;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;
import vn.khaosat.security.Roles;

@Path("/api/targets")
@Tag(name = "Targets", description = "Targets (chỉ tiêu) of resolutions, and their evaluation")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TargetResource {

  private final TargetService targets;

  public TargetResource(TargetService targets) {
    this.targets = targets;
  }

  @GET
  @Operation(
      operationId = "listTargets",
      summary = "List targets",
      description = "Filters combine: by resolution, indicator, the resolution's unit and term.")
  @APIResponse(responseCode = "200", description = "One page of targets")
  public Page<TargetView> list(
      @Parameter(example = "1") @QueryParam("resolution") @Min(1) @Max(ColumnLimits.ID_MAX)
          Long resolution,
      @Parameter(example = "BUDGET_REVENUE")
          @QueryParam("indicator")
          @Size(max = ColumnLimits.INDICATOR_CODE)
          String indicator,
      @Parameter(description = "Unit of the resolution", example = "665")
          @QueryParam("unit")
          @Size(max = ColumnLimits.UNIT_CODE)
          String unit,
      @Parameter(example = "2015-2020") @QueryParam("term") @Size(max = ColumnLimits.TERM_CODE)
          String term,
      @Valid @BeanParam PageParams page) {
    return targets.list(resolution, indicator, unit, term, page).map(TargetView::of);
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getTarget",
      summary = "Read a target",
      description = "Sends an ETag with the target's version.")
  @APIResponse(
      responseCode = "200",
      description = "The target, with its version as ETag",
      content = @Content(schema = @Schema(implementation = TargetView.class)))
  @APIResponse(responseCode = "404", description = "No target has this id")
  public Response get(
      @Parameter(example = "1") @PathParam("id") @Min(1) @Max(ColumnLimits.ID_MAX) long id) {
    var target = targets.get(id);
    return Response.ok(TargetView.of(target)).tag(String.valueOf(target.version)).build();
  }

  @POST
  @RolesAllowed({Roles.STATISTICIAN, Roles.ADMIN})
  @Idempotent
  @Operation(
      operationId = "createTarget",
      summary = "Create a target",
      description =
          "Needs statistician within the resolution's unit, or admin. A unit has at most 500"
              + " targets in a term, over all its resolutions.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names it",
      content = @Content(schema = @Schema(implementation = TargetView.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid fields: a RANGE without low < high, RATIO_TO_UNIT without reference unit, unknown indicator or resolution")
  @APIResponse(responseCode = "403", description = "Outside the caller's units")
  @APIResponse(responseCode = "409", description = "The unit has 1000 targets in the term already")
  public Response create(@NotNull @Valid TargetRequest request) {
    var target = targets.create(request.command());
    return Response.created(URI.create("/api/targets/" + target.id))
        .entity(TargetView.of(target))
        .tag(String.valueOf(target.version))
        .build();
  }

  @PUT
  @RolesAllowed({Roles.STATISTICIAN, Roles.ADMIN})
  @Path("/{id}")
  @Operation(
      operationId = "updateTarget",
      summary = "Replace a target",
      description = "Needs statistician within the resolution's unit, or admin.")
  @APIResponse(responseCode = "400", description = "Invalid fields, as for a create")
  @APIResponse(
      responseCode = "200",
      description = "The target as stored",
      content = @Content(schema = @Schema(implementation = TargetView.class)))
  @APIResponse(responseCode = "404", description = "No target has this id")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response update(
      @Parameter(example = "1") @PathParam("id") @Min(1) @Max(ColumnLimits.ID_MAX) long id,
      @Valid @BeanParam IfMatch ifMatch,
      @NotNull @Valid TargetRequest request) {
    var target = targets.update(id, request.command(), ifMatch.value);
    return Response.ok(TargetView.of(target)).tag(String.valueOf(target.version)).build();
  }

  @DELETE
  @RolesAllowed({Roles.STATISTICIAN, Roles.ADMIN})
  @Path("/{id}")
  @Operation(
      operationId = "deleteTarget",
      summary = "Delete a target",
      description = "Needs statistician within the resolution's unit, or admin.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "No target has this id")
  public void delete(
      @Parameter(example = "1") @PathParam("id") @Min(1) @Max(ColumnLimits.ID_MAX) long id,
      @Valid @BeanParam IfMatch ifMatch) {
    targets.delete(id, ifMatch.value);
  }
}
