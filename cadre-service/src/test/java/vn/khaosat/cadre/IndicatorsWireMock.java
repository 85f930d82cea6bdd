package vn.khaosat.cadre;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * WireMock standing in for indicators-service. Unit codes choose the behaviour: {@code MISSING…} is
 * unknown (404), {@code DOWN…} drops the connection, {@code SLOW…} answers after the client's
 * timeout, {@code ERR…} answers 500, {@code LATE…} exists only from 2030, {@code TREEDOWN…} exists
 * but its ancestors cannot be read (the connection drops), {@code 665} is Đắk Song (closed
 * 2025-06-30); any other code is an open district of province 67.
 */
public class IndicatorsWireMock implements QuarkusTestResourceLifecycleManager {

  /** The system property that tells tests the port, across class loaders. */
  public static final String PORT_PROPERTY = "khaosat.test.indicators.port";

  private WireMockServer server;

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(options().dynamicPort().globalTemplating(true));
    server.start();
    System.setProperty(PORT_PROPERTY, String.valueOf(server.port()));
    stubDefaults();
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
        get(urlPathMatching("/api/units/MISSING.*"))
            .atPriority(1)
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody("{\"status\":404,\"title\":\"Không tìm thấy\"}")));
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

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }
}
