package vn.khaosat.survey.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Checks against indicators-service, with the policies of {@link GuardedCalls}. An empty answer
 * means "no such unit or target".
 */
@ApplicationScoped
public class IndicatorsCalls extends GuardedCalls {

  private static final String SERVICE = "indicators-service";

  private final IndicatorsClient client;

  public IndicatorsCalls(@RestClient IndicatorsClient client) {
    this.client = client;
  }

  public Optional<UnitInfo> unit(String code) {
    return Upstream.call(SERVICE, () -> client.unit(code));
  }

  public Optional<List<UnitInfo>> ancestors(String code) {
    return Upstream.call(SERVICE, () -> client.ancestors(code));
  }

  public Optional<TargetInfo> target(long id) {
    return Upstream.call(SERVICE, () -> client.target(id));
  }
}
