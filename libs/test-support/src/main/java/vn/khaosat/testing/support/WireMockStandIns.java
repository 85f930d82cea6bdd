package vn.khaosat.testing.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * WireMock servers standing in for other services, one per REST client config key (with response
 * templating): each is started on a free port, which is set in the system property {@code
 * khaosat.test.<key>.port} (read across class loaders by {@link #client}) and given to the service
 * as {@code quarkus.rest-client.<key>.url}. A subclass names the keys and stubs each server.
 */
public abstract class WireMockStandIns implements QuarkusTestResourceLifecycleManager {

  private final Map<String, WireMockServer> servers = new LinkedHashMap<>();

  /** The REST client config keys stood in for, e.g. {@code indicators}. */
  protected abstract List<String> keys();

  /** Stubs the stand-in for {@code key}. */
  protected abstract void stub(String key, WireMockServer server);

  /** The system property that tells tests the port of {@code key}'s stand-in. */
  public static String portProperty(String key) {
    return "khaosat.test." + key + ".port";
  }

  /** A client of the running stand-in for {@code key}, for request counts and checks. */
  public static WireMock client(String key) {
    return new WireMock("localhost", Integer.getInteger(portProperty(key)));
  }

  @Override
  public Map<String, String> start() {
    Map<String, String> config = new LinkedHashMap<>();
    for (String key : keys()) {
      WireMockServer server = new WireMockServer(options().dynamicPort().globalTemplating(true));
      server.start();
      servers.put(key, server);
      System.setProperty(portProperty(key), String.valueOf(server.port()));
      stub(key, server);
      config.put("quarkus.rest-client." + key + ".url", server.baseUrl());
    }
    return config;
  }

  @Override
  public void stop() {
    servers.values().forEach(WireMockServer::stop);
    servers.clear();
  }

  /** A GET of a path matching {@code regex} at {@code priority} (1 first). */
  public static MappingBuilder getPath(String regex, int priority) {
    return get(urlPathMatching(regex)).atPriority(priority);
  }

  /** A problem+json answer with {@code status} and {@code body}. */
  public static ResponseDefinitionBuilder problem(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/problem+json")
        .withBody(body);
  }

  /** The connection dropped before any answer. */
  public static ResponseDefinitionBuilder dropped() {
    return aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
  }
}
