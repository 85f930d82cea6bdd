package vn.khaosat.indicators.api.indicators;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaosat.idempotency.Idempotent;
import vn.khaosat.indicators.api.IfMatch;
import vn.khaosat.indicators.domain.ColumnLimits;
import vn.khaosat.indicators.domain.rules.Direction;
import vn.khaosat.indicators.service.indicators.IndicatorService;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;
import vn.khaosat.security.Roles;

@Path("/api/indicators")
@Tag(name = "Indicators", description = "Economic and social indicators (chỉ tiêu)")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IndicatorResource {

  private final IndicatorService indicators;

  public IndicatorResource(IndicatorService indicators) {
    this.indicators = indicators;
  }

  @GET
  @Operation(
      operationId = "listIndicators",
      summary = "List indicators",
      description = "q ignores diacritics.")
  @APIResponse(responseCode = "200", description = "One page of indicators")
  @APIResponse(responseCode = "400", description = "A bad filter or paging parameter")
  public Page<IndicatorView> list(
      @Parameter(description = "Name or code, without regard to diacritics", example = "ngan sach")
          @QueryParam("q")
          @Size(max = ColumnLimits.INDICATOR_NAME)
          String q,
      @Parameter(example = "ECONOMIC_STRUCTURE")
          @QueryParam("structureGroup")
          @Size(max = ColumnLimits.STRUCTURE_GROUP)
          String group,
      @Parameter(example = "HIGHER_IS_BETTER") @QueryParam("direction") Direction direction,
      @Valid @BeanParam PageParams page) {
    return indicators.list(q, group, direction, page).map(IndicatorView::of);
  }

  @GET
  @Path("/{code}")
  @Operation(
      operationId = "getIndicator",
      summary = "Read an indicator",
      description = "Sends an ETag with the indicator's version.")
  @APIResponse(
      responseCode = "200",
      description = "The indicator, with its version as ETag",
      content = @Content(schema = @Schema(implementation = IndicatorView.class)))
  @APIResponse(responseCode = "404", description = "No indicator has this code")
  public Response get(
      @Parameter(example = "BUDGET_REVENUE")
          @PathParam("code")
          @Size(max = ColumnLimits.INDICATOR_CODE)
          String code) {
    var indicator = indicators.get(code);
    return Response.ok(IndicatorView.of(indicator)).tag(String.valueOf(indicator.version)).build();
  }

  @POST
  @RolesAllowed({Roles.STATISTICIAN, Roles.ADMIN})
  @Idempotent
  @Operation(
      operationId = "createIndicator",
      summary = "Create an indicator",
      description = "Needs statistician or admin.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names it",
      content = @Content(schema = @Schema(implementation = IndicatorView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields or unknown total")
  @APIResponse(responseCode = "403", description = "Not a statistician or admin")
  @APIResponse(responseCode = "409", description = "The code exists already")
  public Response create(@NotNull @Valid IndicatorRequest request) {
    var indicator = indicators.create(request.command());
    return Response.created(URI.create("/api/indicators/" + indicator.code))
        .entity(IndicatorView.of(indicator))
        .tag(String.valueOf(indicator.version))
        .build();
  }

  @PUT
  @RolesAllowed({Roles.STATISTICIAN, Roles.ADMIN})
  @Path("/{code}")
  @Operation(
      operationId = "updateIndicator",
      summary = "Replace an indicator",
      description = "Needs statistician or admin; the code cannot change.")
  @APIResponse(
      responseCode = "200",
      description = "The indicator as stored",
      content = @Content(schema = @Schema(implementation = IndicatorView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields")
  @APIResponse(responseCode = "404", description = "No indicator has this code")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response update(
      @Parameter(example = "BUDGET_REVENUE")
          @PathParam("code")
          @Size(max = ColumnLimits.INDICATOR_CODE)
          String code,
      @Valid @BeanParam IfMatch ifMatch,
      @NotNull @Valid IndicatorRequest request) {
    var indicator = indicators.update(code, request.command(), ifMatch.value);
    return Response.ok(IndicatorView.of(indicator)).tag(String.valueOf(indicator.version)).build();
  }

  @DELETE
  @RolesAllowed({Roles.STATISTICIAN, Roles.ADMIN})
  @Path("/{code}")
  @Operation(
      operationId = "deleteIndicator",
      summary = "Delete an indicator nothing refers to",
      description = "Needs statistician or admin; refused while figures, targets or parts use it.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "No indicator has this code")
  @APIResponse(responseCode = "409", description = "Figures, targets or parts refer to it")
  public void delete(
      @Parameter(example = "BUDGET_REVENUE")
          @PathParam("code")
          @Size(max = ColumnLimits.INDICATOR_CODE)
          String code,
      @Valid @BeanParam IfMatch ifMatch) {
    indicators.delete(code, ifMatch.value);
  }
}
