package vn.khaosat.cadre.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.khaosat.upstream.GuardedCalls;

/**
 * Calls to indicators-service for terms, with the policies of {@link GuardedCalls} (units are
 * libs/upstream's {@code IndicatorsUnits}). Empty means "no such term".
 */
@ApplicationScoped
public class IndicatorsCalls extends GuardedCalls {

  private final IndicatorsClient client;

  public IndicatorsCalls(@RestClient IndicatorsClient client) {
    this.client = client;
  }

  public Optional<TermInfo> term(String code) {
    return call("indicators-service", () -> client.term(code));
  }
}
