package vn.khaosat.cadre.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The units and terms of indicators-service. The caller's Authorization and X-Request-Id headers
 * travel with every call (see {@code org.eclipse.microprofile.rest.client.propagateHeaders}).
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

  @GET
  @Path("/terms/{code}")
  TermInfo term(@PathParam("code") String code);
}
