package vn.khaosat.survey.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.khaosat.upstream.GuardedCalls;

/**
 * Targets of indicators-service, with the policies of {@link GuardedCalls} (units are
 * libs/upstream's {@code IndicatorsUnits}). An empty answer means "no such target".
 */
@ApplicationScoped
public class IndicatorsCalls extends GuardedCalls {

  private final IndicatorsClient client;

  public IndicatorsCalls(@RestClient IndicatorsClient client) {
    this.client = client;
  }

  public Optional<TargetInfo> target(long id) {
    return call("indicators-service", () -> client.target(id));
  }
}
