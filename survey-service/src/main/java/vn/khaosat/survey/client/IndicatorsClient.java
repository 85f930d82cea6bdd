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
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import vn.khaosat.upstream.UnitInfo;
import vn.khaosat.upstream.UpstreamExceptionMapper;

/**
 * indicators-service: successions of units, targets and scorecards (units and their tree are
 * libs/upstream's {@code UnitsClient}). The caller's Authorization, X-Request-Id and
 * Accept-Language travel with every call (see {@code propagateHeaders}).
 */
@RegisterRestClient(configKey = "indicators")
@RegisterClientHeaders
@RegisterProvider(UpstreamExceptionMapper.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface IndicatorsClient {

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
