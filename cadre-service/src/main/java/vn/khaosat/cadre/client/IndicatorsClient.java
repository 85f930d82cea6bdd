package vn.khaosat.cadre.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import vn.khaosat.upstream.UpstreamExceptionMapper;

/**
 * The terms of indicators-service (its units are libs/upstream's {@code UnitsClient}). The caller's
 * Authorization and X-Request-Id headers travel with every call (see {@code
 * org.eclipse.microprofile.rest.client.propagateHeaders}).
 */
@RegisterRestClient(configKey = "indicators")
@RegisterClientHeaders
@RegisterProvider(UpstreamExceptionMapper.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface IndicatorsClient {

  @GET
  @Path("/terms/{code}")
  TermInfo term(@PathParam("code") String code);
}
