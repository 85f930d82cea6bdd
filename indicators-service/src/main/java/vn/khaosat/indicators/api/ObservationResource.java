package vn.khaosat.indicators.api;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaosat.indicators.domain.rules.ObservationStatus;
import vn.khaosat.indicators.service.ObservationFilter;
import vn.khaosat.indicators.service.ObservationService;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;

@Path("/api/observations")
@Tag(name = "Observations", description = "Yearly figures (số liệu) of indicators per unit")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ObservationResource {

  private static final String KEY = "/{indicator}/{unit}/{year}/{status}";

  private final ObservationService observations;

  public ObservationResource(ObservationService observations) {
    this.observations = observations;
  }

  @GET
  @Operation(
      operationId = "listObservations",
      summary = "List figures",
      description = "Sorted by indicator, unit, year, status.")
  @APIResponse(responseCode = "200", description = "One page of figures")
  @APIResponse(responseCode = "400", description = "A bad filter or paging parameter")
  public Page<ObservationView> list(
      @Parameter(example = "BUDGET_REVENUE") @QueryParam("indicator") String indicator,
      @Parameter(example = "665") @QueryParam("unit") String unit,
      @Parameter(example = "2015") @QueryParam("fromYear") Integer fromYear,
      @Parameter(example = "2020") @QueryParam("toYear") Integer toYear,
      @Parameter(example = "OFFICIAL") @QueryParam("status") ObservationStatus status,
      @Valid @BeanParam PageParams page) {
    var filter = new ObservationFilter(indicator, unit, fromYear, toYear, status);
    return observations.list(filter, page).map(ObservationView::of);
  }

  @GET
  @Path(KEY)
  @Operation(operationId = "getObservation", summary = "Read one figure")
  @APIResponse(responseCode = "200", description = "The figure, with its version as ETag")
  @APIResponse(responseCode = "404", description = "No such figure")
  public Response get(
      @Parameter(example = "BUDGET_REVENUE") @PathParam("indicator") String indicator,
      @Parameter(example = "665") @PathParam("unit") String unit,
      @Parameter(example = "2019") @PathParam("year") int year,
      @Parameter(example = "OFFICIAL") @PathParam("status") ObservationStatus status) {
    var observation = observations.get(indicator, unit, year, status);
    return Response.ok(ObservationView.of(observation))
        .tag(String.valueOf(observation.version))
        .build();
  }

  @PUT
  @Path(KEY)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "putObservation",
      summary = "Create or replace one figure",
      description =
          "Needs statistician within the unit, or admin. A closed unit takes no figure"
              + " for a year after its closure.")
  @APIResponse(responseCode = "201", description = "A new figure")
  @APIResponse(responseCode = "200", description = "The figure replaced")
  @APIResponse(
      responseCode = "400",
      description = "Invalid value, or a poverty figure without standard")
  @APIResponse(responseCode = "403", description = "Outside the caller's units")
  @APIResponse(responseCode = "404", description = "Unknown indicator or unit")
  @APIResponse(responseCode = "409", description = "The unit did not exist that year")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response put(
      @PathParam("indicator") String indicator,
      @PathParam("unit") String unit,
      @PathParam("year") int year,
      @PathParam("status") ObservationStatus status,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull @Valid ObservationRequest request) {
    var result = observations.upsert(indicator, unit, year, status, request, ifMatch);
    var view = ObservationView.of(result.observation());
    var response =
        result.created()
            ? Response.created(
                URI.create(
                    "/api/observations/%s/%s/%d/%s".formatted(indicator, unit, year, status)))
            : Response.ok();
    return response.entity(view).tag(String.valueOf(view.version())).build();
  }

  @DELETE
  @Path(KEY)
  @Operation(
      operationId = "deleteObservation",
      summary = "Delete one figure",
      description = "Figures of a closed unit are kept.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "No such figure")
  @APIResponse(responseCode = "409", description = "The unit is closed")
  public void delete(
      @PathParam("indicator") String indicator,
      @PathParam("unit") String unit,
      @PathParam("year") int year,
      @PathParam("status") ObservationStatus status,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    observations.delete(indicator, unit, year, status, ifMatch);
  }
}
