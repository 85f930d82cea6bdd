package vn.khaosat.survey.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import vn.khaosat.upstream.UpstreamExceptionMapper;

/**
 * indicators-service's charts (biểu đồ), as SVG, for the documents. Asked for in Vietnamese
 * whatever the caller reads ({@link VietnameseHeaders}): the minutes and the notice are Vietnamese
 * documents, the same for every reader, so are the charts in them. A separate client because the
 * propagated Accept-Language would otherwise override the language of the call.
 */
@RegisterRestClient(configKey = "indicators")
@RegisterClientHeaders(VietnameseHeaders.class)
@RegisterProvider(UpstreamExceptionMapper.class)
@Path("/api/charts")
@Produces(ChartsClient.SVG)
public interface ChartsClient {

  String SVG = "image/svg+xml";

  /** One bar per target of the unit's term, evaluated for {@code year}. */
  @GET
  @Path("/scorecard")
  String scorecard(
      @QueryParam("unit") String unit,
      @QueryParam("term") String term,
      @QueryParam("year") int year);

  /** The yearly series of the unit's target on an indicator. */
  @GET
  @Path("/indicator-series")
  String series(
      @QueryParam("indicator") String indicator,
      @QueryParam("unit") String unit,
      @QueryParam("term") String term);
}
