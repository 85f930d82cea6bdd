package vn.khaosat.cadre;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * WireMock standing in for indicators-service. Unit codes choose the behaviour: {@code MISSING…} is
 * unknown (404), {@code REFUSED…} is refused as a bad code (400), {@code DOWN…} drops the
 * connection, {@code SLOW…} answers after the client's timeout, {@code ERR…} answers 500, {@code
 * LATE…} exists only from 2030, {@code TREEDOWN…} exists but its ancestors cannot be read (the
 * connection drops), {@code 665} is Đắk Song (closed 2025-06-30), {@code 68} is Lâm Đồng (from
 * 2025-07-01), {@code TINH…} is a province, {@code XA…} a commune directly under Lâm Đồng and
 * {@code XAH…} a commune under Đắk Song; any other code is an open district of province 67. Every
 * term is known but {@value #UNKNOWN_TERM} (404) and {@value #UNREACHABLE_TERM} (the connection
 * drops).
 */
public class IndicatorsWireMock implements QuarkusTestResourceLifecycleManager {

  /** The system property that tells tests the port, across class loaders. */
  public static final String PORT_PROPERTY = "khaosat.test.indicators.port";

  public static final String UNKNOWN_TERM = "2045-2050";
  public static final String UNREACHABLE_TERM = "2035-2040";
  public static final String REFUSED_TERM = "2055-2060";

  private WireMockServer server;

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(options().dynamicPort().globalTemplating(true));
    server.start();
    System.setProperty(PORT_PROPERTY, String.valueOf(server.port()));
    stubDefaults();
    stubTwoLevelUnits();
    stubTerms();
    return Map.of("quarkus.rest-client.indicators.url", server.baseUrl());
  }

  private void stubDefaults() {
    server.stubFor(
        get(urlPathMatching("/api/units/[^/]+"))
            .atPriority(10)
            .willReturn(
                okJson(
                    "{\"code\":\"{{request.pathSegments.[2]}}\",\"name\":\"Huyện"
                        + " {{request.pathSegments.[2]}}\",\"level\":\"DISTRICT\",\"parentCode\":\"67\","
                        + "\"validFrom\":\"2000-01-01\",\"closed\":false,\"version\":0}")));
    server.stubFor(
        get(urlPathMatching("/api/units/[^/]+/ancestors"))
            .atPriority(10)
            .willReturn(
                okJson(
                    "[{\"code\":\"67\",\"name\":\"Tỉnh Đắk Nông\",\"level\":\"PROVINCE\","
                        + "\"validFrom\":\"2004-01-01\"}]")));
    server.stubFor(
        get(urlPathMatching("/api/units/665"))
            .atPriority(5)
            .willReturn(
                okJson(
                    "{\"code\":\"665\",\"name\":\"Huyện Đắk Song\",\"level\":\"DISTRICT\","
                        + "\"parentCode\":\"67\",\"validFrom\":\"2004-01-01\","
                        + "\"validTo\":\"2025-06-30\",\"closed\":true}")));
    server.stubFor(
        get(urlPathMatching("/api/units/67"))
            .atPriority(5)
            .willReturn(
                okJson(
                    "{\"code\":\"67\",\"name\":\"Tỉnh Đắk Nông\",\"level\":\"PROVINCE\","
                        + "\"validFrom\":\"2004-01-01\",\"validTo\":\"2025-06-30\"}")));
    server.stubFor(
        get(urlPathMatching("/api/units/67/ancestors")).atPriority(5).willReturn(okJson("[]")));
    server.stubFor(
        get(urlPathMatching("/api/units/LATE[^/]*"))
            .atPriority(5)
            .willReturn(
                okJson(
                    "{\"code\":\"{{request.pathSegments.[2]}}\",\"name\":\"Xã mới\","
                        + "\"level\":\"COMMUNE\",\"validFrom\":\"2030-01-01\"}")));
    server.stubFor(
        get(urlPathMatching("/api/units/MISSING.*")).atPriority(1).willReturn(notFound()));
    server.stubFor(
        get(urlPathMatching("/api/units/REFUSED.*")).atPriority(1).willReturn(badRequest()));
    server.stubFor(
        get(urlPathMatching("/api/units/DOWN.*"))
            .atPriority(1)
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    server.stubFor(
        get(urlPathMatching("/api/units/TREEDOWN[^/]*/ancestors"))
            .atPriority(1)
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    server.stubFor(
        get(urlPathMatching("/api/units/SLOW.*"))
            .atPriority(1)
            .willReturn(okJson("{\"code\":\"SLOW\"}").withFixedDelay(3000)));
    server.stubFor(
        get(urlPathMatching("/api/units/ERR.*"))
            .atPriority(1)
            .willReturn(aResponse().withStatus(500).withBody("boom")));
  }

  /** Since 1 July 2025: Lâm Đồng, a province, and communes directly under the province. */
  private void stubTwoLevelUnits() {
    server.stubFor(
        get(urlPathMatching("/api/units/68"))
            .atPriority(5)
            .willReturn(
                okJson(
                    "{\"code\":\"68\",\"name\":\"Tỉnh Lâm Đồng\",\"level\":\"PROVINCE\","
                        + "\"validFrom\":\"2025-07-01\"}")));
    server.stubFor(
        get(urlPathMatching("/api/units/TINH[^/]*"))
            .atPriority(5)
            .willReturn(
                okJson(
                    "{\"code\":\"{{request.pathSegments.[2]}}\",\"name\":\"Tỉnh mới\","
                        + "\"level\":\"PROVINCE\",\"validFrom\":\"2025-07-01\"}")));
    server.stubFor(
        get(urlPathMatching("/api/units/XA[^/]*"))
            .atPriority(5)
            .willReturn(
                okJson(
                    "{\"code\":\"{{request.pathSegments.[2]}}\",\"name\":\"Xã mới\","
                        + "\"level\":\"COMMUNE\",\"parentCode\":\"68\","
                        + "\"validFrom\":\"2025-07-01\"}")));
    server.stubFor(
        get(urlPathMatching("/api/units/XAH[^/]*"))
            .atPriority(4)
            .willReturn(
                okJson(
                    "{\"code\":\"{{request.pathSegments.[2]}}\",\"name\":\"Xã cũ\","
                        + "\"level\":\"COMMUNE\",\"parentCode\":\"665\","
                        + "\"validFrom\":\"2004-01-01\",\"validTo\":\"2025-06-30\"}")));
  }

  private void stubTerms() {
    server.stubFor(
        get(urlPathMatching("/api/terms/[0-9]{4}-[0-9]{4}"))
            .atPriority(10)
            .willReturn(okJson("{\"code\":\"{{request.pathSegments.[2]}}\"}")));
    server.stubFor(
        get(urlPathMatching("/api/terms/" + UNKNOWN_TERM)).atPriority(1).willReturn(notFound()));
    server.stubFor(
        get(urlPathMatching("/api/terms/" + REFUSED_TERM)).atPriority(1).willReturn(badRequest()));
    server.stubFor(
        get(urlPathMatching("/api/terms/" + UNREACHABLE_TERM))
            .atPriority(1)
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
  }

  /** indicators-service's answer for a code it does not know. */
  private static ResponseDefinitionBuilder notFound() {
    return aResponse()
        .withStatus(404)
        .withHeader("Content-Type", "application/problem+json")
        .withBody("{\"status\":404,\"title\":\"Không tìm thấy\"}");
  }

  /** indicators-service's answer for a code it refuses to look up (its own input policy). */
  private static ResponseDefinitionBuilder badRequest() {
    return aResponse()
        .withStatus(400)
        .withHeader("Content-Type", "application/problem+json")
        .withBody("{\"status\":400,\"title\":\"Yêu cầu không hợp lệ\",\"detail\":\"code\"}");
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }
}
