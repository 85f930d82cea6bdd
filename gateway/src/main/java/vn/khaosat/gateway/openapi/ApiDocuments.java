package vn.khaosat.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
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

  public ApiDocuments(GatewayConfig config, Backends backends, ObjectMapper mapper) {
    this.config = config;
    this.backends = backends;
    this.mapper = mapper;
  }

  public List<String> services() {
    return List.copyOf(config.services());
  }

  /** The document of {@code service}; a failed future when it cannot be read. */
  public Future<JsonNode> of(String service) {
    return backends
        .get(service, "/q/openapi?format=json")
        .compose(
            answer ->
                answer.status() == 200
                    ? Future.succeededFuture(answer.body())
                    : Future.failedFuture(service + " answered " + answer.status()))
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
