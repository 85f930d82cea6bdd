package vn.khaosat.indicators.api.observations;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.khaosat.indicators.service.observations.ObservationHistory;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;

/**
 * The history of one figure (lịch sử số liệu): who changed it, when, from what to what, and why.
 */
@Path("/api/observations")
@Tag(name = "Observations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ObservationHistoryResource {

  private final ObservationHistory history;

  public ObservationHistoryResource(ObservationHistory history) {
    this.history = history;
  }

  @GET
  @Path(ObservationKey.PATH + "/history")
  @Operation(
      operationId = "getObservationHistory",
      summary = "The history of one figure",
      description =
          "Every change of the figure, newest first: the value, source and poverty standard"
              + " before and after (none before its first value, none after a deletion), who"
              + " (the token's user), when, the request id, the reason, and the CSV import it"
              + " came with. A deleted figure keeps its history.")
  @APIResponse(responseCode = "200", description = "One page of changes, newest first")
  @APIResponse(responseCode = "400", description = "A bad key or paging parameter")
  @APIResponse(responseCode = "404", description = "Neither a figure nor a history under this key")
  public Page<RevisionView> history(
      @Valid @BeanParam ObservationKey key, @Valid @BeanParam PageParams page) {
    return history.of(key.indicator, key.unit, key.year, key.status, page).map(RevisionView::of);
  }
}
