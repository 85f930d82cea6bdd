package vn.khaosat.survey.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import vn.khaosat.upstream.UpstreamExceptionMapper;

/**
 * cadre-service: cadres, personnel plans and their vetting summaries. Headers as for indicators.
 */
@RegisterRestClient(configKey = "cadre")
@RegisterClientHeaders
@RegisterProvider(UpstreamExceptionMapper.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface CadreClient {

  @GET
  @Path("/cadres/{id}")
  CadreInfo cadre(@PathParam("id") long id);

  /** The latest plan first. */
  @GET
  @Path("/personnel-plans")
  PlanPage plans(
      @QueryParam("unit") String unit,
      @QueryParam("term") String term,
      @QueryParam("size") int size);

  /** The dossier stores the summary as it was, keeping only its known fields. */
  @GET
  @Path("/personnel-plans/{id}/vetting/summary")
  Map<String, Object> vettingSummary(@PathParam("id") long planId);
}
