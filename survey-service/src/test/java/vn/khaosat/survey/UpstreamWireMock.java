package vn.khaosat.survey;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.util.List;
import vn.khaosat.testing.support.WireMockStandIns;

/**
 * WireMock standing in for indicators-service and cadre-service, one server each. Codes choose the
 * behaviour:
 *
 * <ul>
 *   <li>units: {@code MISSING…} is unknown (404), {@code UDOWN…} drops the connection, a code with
 *       {@code UBAD} is refused (400), {@code UERR} answers 500, {@code USLOW} after the client's
 *       timeout, {@code UDENY} 403, {@code UBUSY} 429; {@code 665} is Đắk Song, any other code an
 *       open district of province 67; a unit succeeded none, but {@code …SUCC…}, which succeeded
 *       Đắk Song, {@code OLD1} (closed 2017) and {@code LATE1} (from 2030), {@code …MANY…}, which
 *       succeeded 60 communes, and {@code …PDOWN…}, whose predecessors cannot be fetched;
 *   <li>scorecards, by the unit code: {@code …IDOWN…} drops the connection, {@code …ISLOW…} answers
 *       after the client's timeout, {@code …IERR…} answers 500, {@code …INONE…} 400 (no such term),
 *       {@code …INOTFOUND…} 404; others a scorecard of 4 targets;
 *   <li>personnel plans, by the unit code: {@code …CDOWN…}, {@code …CSLOW…}, {@code …CERR…}, {@code
 *       …CNOTFOUND…} as above, {@code …NOPLAN…} no plan, {@code …UNVETTED…} a plan never vetted
 *       (404 on its summary), {@code …LEAKY…} plan 43 whose summary also carries a candidate's
 *       findings; others plan 41 with a vetting summary;
 *   <li>cadres: ids from 9000 are unknown (404), 7000–7999 drop the connection, 5000–5999 come with
 *       their personal fields (as an admin reads them), 6100–6199 are refused (400), 6200–6299
 *       answer 500, 6300–6399 answer late, 6400–6499 answer 403; others exist;
 *   <li>targets: ids from 9000 are unknown (404), 8100–8499 as cadres 6100–6499, 8500–8599 have a
 *       wording of 760 characters; others exist.
 * </ul>
 */
public class UpstreamWireMock extends WireMockStandIns {

  /** System properties that tell tests the ports, across class loaders. */
  public static final String INDICATORS_PORT = portProperty("indicators");

  public static final String CADRE_PORT = portProperty("cadre");

  @Override
  protected List<String> keys() {
    return List.of("indicators", "cadre");
  }

  @Override
  protected void stub(String key, WireMockServer server) {
    if (key.equals("indicators")) {
      UpstreamStubs.indicators(server);
    } else {
      UpstreamStubs.cadre(server);
    }
  }

  /** A client of the running indicators-service stand-in, for request counts. */
  public static WireMock indicatorsClient() {
    return client("indicators");
  }

  public static WireMock cadreClient() {
    return client("cadre");
  }

  static MappingBuilder unitQuery(String path, String token) {
    return get(urlPathEqualTo(path))
        .withQueryParam("unit", WireMock.matching(".*" + token + ".*"))
        .atPriority(1);
  }

  static void failures(WireMockServer server, String path, String prefix) {
    server.stubFor(unitQuery(path, prefix + "DOWN").willReturn(dropped()));
    server.stubFor(unitQuery(path, prefix + "SLOW").willReturn(okJson("{}").withFixedDelay(3000)));
    server.stubFor(unitQuery(path, prefix + "ERR").willReturn(aResponse().withStatus(500)));
  }
}
