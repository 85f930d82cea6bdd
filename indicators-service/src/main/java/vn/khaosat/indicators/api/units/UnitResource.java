package vn.khaosat.indicators.api.units;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaosat.idempotency.Idempotent;
import vn.khaosat.indicators.api.IfMatch;
import vn.khaosat.indicators.domain.ColumnLimits;
import vn.khaosat.indicators.domain.UnitLevel;
import vn.khaosat.indicators.service.units.UnitDirectory;
import vn.khaosat.indicators.service.units.UnitService;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;
import vn.khaosat.security.Roles;

@Path("/api/units")
@Tag(name = "Units", description = "Administrative units (đơn vị hành chính) and their history")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitResource {

  private final UnitService units;

  public UnitResource(UnitService units) {
    this.units = units;
  }

  @GET
  @Operation(
      operationId = "listUnits",
      summary = "List units",
      description =
          "Filters combine; q ignores diacritics (\"dak song\" finds \"Huyện Đắk Song\").")
  @APIResponse(responseCode = "200", description = "One page of units")
  @APIResponse(responseCode = "400", description = "A bad filter or paging parameter")
  public Page<UnitView> list(
      @Parameter(description = "Name or code, without regard to diacritics", example = "dak song")
          @QueryParam("q")
          @Size(max = ColumnLimits.UNIT_NAME)
          String q,
      @Parameter(example = "DISTRICT") @QueryParam("level") UnitLevel level,
      @Parameter(description = "Code of the parent unit", example = "67")
          @QueryParam("parent")
          @Size(max = ColumnLimits.UNIT_CODE)
          String parent,
      @Parameter(description = "Only units that existed on this day", example = "2019-11-28")
          @QueryParam("activeOn")
          LocalDate activeOn,
      @Valid @BeanParam PageParams page) {
    return units.list(q, level, parent, activeOn, page).map(UnitView::of);
  }

  @GET
  @Path("/{code}")
  @Operation(
      operationId = "getUnit",
      summary = "Read a unit",
      description = "Sends an ETag with the unit's version.")
  @APIResponse(
      responseCode = "200",
      description = "The unit",
      content = @Content(schema = @Schema(implementation = UnitView.class)))
  @APIResponse(responseCode = "404", description = "No unit has this code")
  public Response get(
      @Parameter(example = "665") @PathParam("code") @Size(max = ColumnLimits.UNIT_CODE)
          String code) {
    var unit = units.get(code);
    return Response.ok(UnitView.of(unit)).tag(String.valueOf(unit.version)).build();
  }

  @GET
  @Path("/{code}/children")
  @Operation(
      operationId = "listUnitChildren",
      summary = "List the units directly under a unit",
      description =
          "By code; activeOn keeps those that existed that day (Đắk Nông's eight districts on"
              + " 2019-11-28).")
  @APIResponse(responseCode = "200", description = "One page of child units")
  @APIResponse(responseCode = "404", description = "No unit has this code")
  public Page<UnitView> children(
      @Parameter(example = "67") @PathParam("code") @Size(max = ColumnLimits.UNIT_CODE) String code,
      @Parameter(example = "2019-11-28") @QueryParam("activeOn") LocalDate activeOn,
      @Valid @BeanParam PageParams page) {
    units.get(code);
    return units.list(null, null, code, activeOn, page).map(UnitView::of);
  }

  @GET
  @Path("/{code}/ancestors")
  @Operation(
      operationId = "listUnitAncestors",
      summary = "List the units above a unit, nearest first",
      description = "Parent, grandparent and so on, at most 10 levels: for 665, Đắk Nông (67).")
  @APIResponse(
      responseCode = "200",
      description = "Parent, grandparent and so on",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      implementation = UnitView.class,
                      maxItems = UnitDirectory.MAX_DEPTH)))
  @APIResponse(responseCode = "404", description = "No unit has this code")
  public List<UnitView> ancestors(
      @Parameter(example = "665") @PathParam("code") @Size(max = ColumnLimits.UNIT_CODE)
          String code) {
    return units.ancestors(code).stream().map(UnitView::of).toList();
  }

  @GET
  @Path("/{code}/predecessors")
  @Operation(
      operationId = "listUnitPredecessors",
      summary = "List the units a unit succeeded",
      description =
          "Those it names in predecessorCodes and those naming it in their successorCodes, by"
              + " code: for a commune created on 1 July 2025, the units whose figures and"
              + " resolutions of the 2020-2025 term it took over.")
  @APIResponse(
      responseCode = "200",
      description = "The predecessors, closed units included",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      implementation = UnitView.class,
                      maxItems = 2 * ColumnLimits.SUCCESSION_CODES)))
  @APIResponse(responseCode = "404", description = "No unit has this code")
  public List<UnitView> predecessors(
      @Parameter(example = "68") @PathParam("code") @Size(max = ColumnLimits.UNIT_CODE)
          String code) {
    return units.predecessors(code).stream().map(UnitView::of).toList();
  }

  @POST
  @RolesAllowed({Roles.STATISTICIAN, Roles.ADMIN})
  @Idempotent
  @Operation(
      operationId = "createUnit",
      summary = "Create a unit",
      description = "Needs statistician (for the parent's scope) or admin.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the new unit",
      content = @Content(schema = @Schema(implementation = UnitView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields, unknown parent or successor")
  @APIResponse(responseCode = "403", description = "Outside the caller's units")
  @APIResponse(responseCode = "409", description = "The code exists already")
  public Response create(@NotNull @Valid UnitRequest request) {
    var unit = units.create(request.command());
    return Response.created(URI.create("/api/units/" + unit.code))
        .entity(UnitView.of(unit))
        .tag(String.valueOf(unit.version))
        .build();
  }

  @PUT
  @RolesAllowed({Roles.STATISTICIAN, Roles.ADMIN})
  @Path("/{code}")
  @Operation(
      operationId = "updateUnit",
      summary = "Replace a unit",
      description =
          "Closing a unit (setting validTo) is its last change: a closed unit is read-only.")
  @APIResponse(
      responseCode = "200",
      description = "The unit as stored",
      content = @Content(schema = @Schema(implementation = UnitView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields")
  @APIResponse(responseCode = "403", description = "Outside the caller's units")
  @APIResponse(responseCode = "404", description = "No unit has this code")
  @APIResponse(responseCode = "409", description = "The unit is closed")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response update(
      @Parameter(example = "665") @PathParam("code") @Size(max = ColumnLimits.UNIT_CODE)
          String code,
      @Valid @BeanParam IfMatch ifMatch,
      @NotNull @Valid UnitRequest request) {
    var unit = units.update(code, request.command(), ifMatch.value);
    return Response.ok(UnitView.of(unit)).tag(String.valueOf(unit.version)).build();
  }

  @DELETE
  @RolesAllowed({Roles.STATISTICIAN, Roles.ADMIN})
  @Path("/{code}")
  @Operation(
      operationId = "deleteUnit",
      summary = "Delete a unit made by mistake",
      description = "Only an open unit with no figures, children, resolutions or successors.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "No unit has this code")
  @APIResponse(responseCode = "409", description = "The unit is closed or in use")
  public void delete(
      @Parameter(example = "665") @PathParam("code") @Size(max = ColumnLimits.UNIT_CODE)
          String code,
      @Valid @BeanParam IfMatch ifMatch) {
    units.delete(code, ifMatch.value);
  }
}
