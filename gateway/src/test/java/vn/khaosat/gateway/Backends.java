package vn.khaosat.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

/**
 * WireMock standing in for the services: two instances of indicators-service (to see the
 * balancing), one of cadre-service, and survey-service down (a port nobody listens on). Paths under
 * {@code /api/units/slow} answer after the gateway's timeout; indicators-a resets the connection of
 * every request under {@code /api/units/dropped}, as an instance killed in mid-request would.
 */
public class Backends implements QuarkusTestResourceLifecycleManager {

  public static final String PORTS = "khaosat.test.backend.ports";

  private final List<WireMockServer> servers =
      List.of(server(), server(), server()); // indicators a, indicators b, cadre

  private static final String INDICATORS_DOCUMENT =
      """
      {"openapi":"3.1.0","info":{"title":"indicators-service","version":"1"},
       "servers":[{"url":"http://localhost:8081"}],
       "tags":[{"name":"Units"}],
       "paths":{"/api/units":{"get":{"summary":"List units","tags":["Units"],
                                     "responses":{"200":{"description":"One page"},
                                                  "400":{"description":"Bad input"}}}}},
       "components":{"schemas":{"Page":{"type":"object"},"Unit":{"type":"object"}}}}
      """;

  private static final String CADRE_DOCUMENT =
      """
      {"openapi":"3.1.0","info":{"title":"cadre-service","version":"1"},
       "tags":[{"name":"Cadres"},{"name":"Units"}],
       "paths":{"/api/cadres":{"get":{"summary":"List cadres","tags":["Cadres"]}}},
       "components":{"schemas":{"Page":{"type":"object","description":"cadre's"},
                                "Cadre":{"type":"object"}},
                     "securitySchemes":{"bearer":{"type":"http","scheme":"bearer"}}}}
      """;

  private static WireMockServer server() {
    return new WireMockServer(options().dynamicPort());
  }

  @Override
  public Map<String, String> start() {
    for (int i = 0; i < servers.size(); i++) {
      WireMockServer server = servers.get(i);
      server.start();
      String name = i < 2 ? "indicators-" + (char) ('a' + i) : "cadre";
      server.stubFor(
          any(urlPathMatching("/api/.*"))
              .atPriority(10)
              .willReturn(okJson("{\"answeredBy\":\"" + name + "\"}")));
      server.stubFor(
          get(urlPathMatching("/api/units/slow.*"))
              .atPriority(1)
              .willReturn(okJson("{}").withFixedDelay(5000)));
      if (i == 0) {
        // indicators-a drops every request under /api/units/dropped without answering
        server.stubFor(
            any(urlPathMatching("/api/units/dropped.*"))
                .atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
      }
      server.stubFor(get("/q/health/ready").willReturn(okJson("{\"status\":\"UP\"}")));
      server.stubFor(
          get(urlPathMatching("/q/openapi"))
              .willReturn(okJson(i < 2 ? INDICATORS_DOCUMENT : CADRE_DOCUMENT)));
    }
    System.setProperty(
        PORTS, servers.get(0).port() + "," + servers.get(1).port() + "," + servers.get(2).port());
    return Map.of(
        "quarkus.stork.indicators-service.service-discovery.address-list",
        "localhost:" + servers.get(0).port() + ",localhost:" + servers.get(1).port(),
        "quarkus.stork.cadre-service.service-discovery.address-list",
        "localhost:" + servers.get(2).port(),
        "quarkus.stork.survey-service.service-discovery.address-list",
        "localhost:" + freePort(),
        "gateway.timeout",
        "2s",
        // a slow refill (1 a second), so a loaded machine still sends faster than it refills
        "gateway.rate-limit.per-minute",
        "60",
        "gateway.rate-limit.burst",
        "40");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void stop() {
    servers.forEach(WireMockServer::stop);
  }

  /** A client of the admin API of backend {@code index} (0, 1: indicators; 2: cadre). */
  public static com.github.tomakehurst.wiremock.client.WireMock admin(int index) {
    String[] ports = System.getProperty(PORTS).split(",");
    return new com.github.tomakehurst.wiremock.client.WireMock(
        "localhost", Integer.parseInt(ports[index]));
  }
}
