package vn.khaosat.upstream;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The units of indicators-service, which cadre-service and survey-service both check. The caller's
 * Authorization, X-Request-Id and Accept-Language travel with every call ({@code
 * org.eclipse.microprofile.rest.client.propagateHeaders}).
 */
@RegisterRestClient(configKey = "indicators")
@RegisterClientHeaders
@RegisterProvider(UpstreamExceptionMapper.class)
@Path("/api/units")
@Produces(MediaType.APPLICATION_JSON)
public interface UnitsClient {

  @GET
  @Path("/{code}")
  UnitInfo unit(@PathParam("code") String code);

  @GET
  @Path("/{code}/ancestors")
  List<UnitInfo> ancestors(@PathParam("code") String code);
}
