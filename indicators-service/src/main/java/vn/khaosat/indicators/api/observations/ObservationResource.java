package vn.khaosat.indicators.api.observations;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaosat.indicators.api.IfMatch;
import vn.khaosat.indicators.service.observations.ObservationService;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;
import vn.khaosat.security.Roles;

@Path("/api/observations")
@Tag(name = "Observations", description = "Yearly figures (số liệu) of indicators per unit")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ObservationResource {

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
      @Valid @BeanParam ObservationQuery query, @Valid @BeanParam PageParams page) {
    return observations.list(query.filter(), page).map(ObservationView::of);
  }

  @GET
  @Path(ObservationKey.PATH)
  @Operation(
      operationId = "getObservation",
      summary = "Read one figure",
      description = "Sends an ETag with the figure's version.")
  @APIResponse(
      responseCode = "200",
      description = "The figure, with its version as ETag",
      content = @Content(schema = @Schema(implementation = ObservationView.class)))
  @APIResponse(responseCode = "404", description = "No such figure")
  public Response get(@Valid @BeanParam ObservationKey key) {
    var observation = observations.get(key.indicator, key.unit, key.year, key.status);
    return Response.ok(ObservationView.of(observation))
        .tag(String.valueOf(observation.version))
        .build();
  }

  @PUT
  @RolesAllowed({Roles.STATISTICIAN, Roles.ADMIN})
  @Path(ObservationKey.PATH)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "putObservation",
      summary = "Create or replace one figure",
      description =
          "Needs statistician within the unit, or admin. A closed unit takes no figure"
              + " for a year after its closure.")
  @APIResponse(
      responseCode = "201",
      description = "A new figure",
      content = @Content(schema = @Schema(implementation = ObservationView.class)))
  @APIResponse(
      responseCode = "200",
      description = "The figure replaced",
      content = @Content(schema = @Schema(implementation = ObservationView.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid value, or a poverty figure without standard")
  @APIResponse(responseCode = "403", description = "Outside the caller's units")
  @APIResponse(responseCode = "404", description = "Unknown indicator or unit")
  @APIResponse(responseCode = "409", description = "The unit did not exist that year")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response put(
      @Valid @BeanParam ObservationKey key,
      @Valid @BeanParam IfMatch ifMatch,
      @NotNull @Valid ObservationRequest request) {
    var result =
        observations.upsert(
            key.indicator, key.unit, key.year, key.status, request.command(), ifMatch.value);
    var view = ObservationView.of(result.observation());
    var response = result.created() ? Response.created(URI.create(key.location())) : Response.ok();
    return response.entity(view).tag(String.valueOf(view.version())).build();
  }

  @DELETE
  @RolesAllowed({Roles.STATISTICIAN, Roles.ADMIN})
  @Path(ObservationKey.PATH)
  @Operation(
      operationId = "deleteObservation",
      summary = "Delete one figure",
      description = "Figures of a closed unit are kept.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "No such figure")
  @APIResponse(responseCode = "409", description = "The unit is closed")
  public void delete(@Valid @BeanParam ObservationKey key, @Valid @BeanParam IfMatch ifMatch) {
    observations.delete(key.indicator, key.unit, key.year, key.status, ifMatch.value);
  }
}
