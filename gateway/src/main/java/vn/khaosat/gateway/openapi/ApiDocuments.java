package vn.khaosat.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.khaosat.gateway.config.GatewayConfig;
import vn.khaosat.gateway.proxy.Backends;

/** Reads each service's OpenAPI document ({@code /q/openapi}) from one of its instances. */
@ApplicationScoped
public class ApiDocuments {

  private final GatewayConfig config;
  private final Backends backends;
  private final ObjectMapper mapper;
  private final HttpClient client;

  public ApiDocuments(GatewayConfig config, Backends backends, ObjectMapper mapper, Vertx vertx) {
    this.config = config;
    this.backends = backends;
    this.mapper = mapper;
    this.client = vertx.createHttpClient();
  }

  public List<String> services() {
    return List.copyOf(config.services());
  }

  /** The document of {@code service}; a failed future when it cannot be read. */
  public Future<JsonNode> of(String service) {
    return backends
        .select(service)
        .compose(
            address ->
                client.request(
                    new RequestOptions()
                        .setServer(address)
                        .setMethod(HttpMethod.GET)
                        .setURI("/q/openapi?format=json")
                        .addHeader("Accept", "application/json")
                        .setIdleTimeout(5000)))
        .compose(request -> request.send())
        .compose(
            response ->
                response.statusCode() == 200
                    ? response.body()
                    : Future.failedFuture(service + " answered " + response.statusCode()))
        .map(
            body -> {
              try {
                return mapper.readTree(body.getBytes());
              } catch (java.io.IOException e) {
                throw new IllegalStateException(service + " sent an unreadable document", e);
              }
            });
  }

  /** The documents of every service that answers, and the names of those that do not. */
  public Future<Map.Entry<Map<String, JsonNode>, List<String>>> all() {
    List<String> services = services();
    List<Future<JsonNode>> reads = new ArrayList<>();
    services.forEach(s -> reads.add(of(s)));
    return Future.join(reads)
        .otherwiseEmpty()
        .map(
            ignored -> {
              Map<String, JsonNode> documents = new LinkedHashMap<>();
              List<String> missing = new ArrayList<>();
              for (int i = 0; i < services.size(); i++) {
                if (reads.get(i).succeeded()) {
                  documents.put(services.get(i), reads.get(i).result());
                } else {
                  missing.add(services.get(i));
                }
              }
              return Map.entry(documents, missing);
            });
  }
}
