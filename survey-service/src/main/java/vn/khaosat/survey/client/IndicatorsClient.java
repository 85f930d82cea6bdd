package vn.khaosat.survey.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * indicators-service: units, targets and scorecards. The caller's Authorization, X-Request-Id and
 * Accept-Language travel with every call (see {@code propagateHeaders}).
 */
@RegisterRestClient(configKey = "indicators")
@RegisterClientHeaders
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface IndicatorsClient {

  @GET
  @Path("/units/{code}")
  UnitInfo unit(@PathParam("code") String code);

  @GET
  @Path("/units/{code}/ancestors")
  List<UnitInfo> ancestors(@PathParam("code") String code);

  /** The units {@code code} succeeded, in both directions of the succession. */
  @GET
  @Path("/units/{code}/predecessors")
  List<UnitInfo> predecessors(@PathParam("code") String code);

  @GET
  @Path("/targets/{id}")
  TargetInfo target(@PathParam("id") long id);

  /** Kept as sent: the dossier stores the scorecard as it was. */
  @GET
  @Path("/scorecards")
  Map<String, Object> scorecard(
      @QueryParam("unit") String unit,
      @QueryParam("term") String term,
      @QueryParam("year") int year);
}
