package vn.khaosat.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.khaosat.gateway.config.GatewayConfig;
import vn.khaosat.gateway.proxy.Backends;

/**
 * Reports each backend's readiness. The gateway stays ready while at least one backend is: a
 * service that is down degrades the suite, it does not take the entry point away.
 */
@Readiness
@ApplicationScoped
public class BackendsReadiness implements AsyncHealthCheck {

  private final GatewayConfig config;
  private final Backends backends;

  public BackendsReadiness(GatewayConfig config, Backends backends) {
    this.config = config;
    this.backends = backends;
  }

  @Override
  public Uni<HealthCheckResponse> call() {
    List<Future<String>> checks = new ArrayList<>();
    List<String> services = new ArrayList<>(config.services());
    services.forEach(service -> checks.add(check(service)));
    return Uni.createFrom()
        .completionStage(Future.join(checks).toCompletionStage())
        .onFailure()
        .recoverWithItem(() -> null)
        .map(
            ignored -> {
              Map<String, String> states = new LinkedHashMap<>();
              for (int i = 0; i < services.size(); i++) {
                states.put(services.get(i), checks.get(i).result());
              }
              var builder =
                  HealthCheckResponse.named("backends").status(states.containsValue("UP"));
              states.forEach(builder::withData);
              return builder.build();
            });
  }

  private Future<String> check(String service) {
    return backends
        .get(service, "/q/health/ready")
        .map(answer -> answer.status() == 200 ? "UP" : "DOWN (" + answer.status() + ")")
        .otherwise(error -> "DOWN (" + error.getClass().getSimpleName() + ")");
  }
}
