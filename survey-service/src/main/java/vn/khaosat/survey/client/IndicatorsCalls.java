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

  /**
   * The scorecard chart in Vietnamese; empty when indicators-service knows no such unit or term.
   */
  public Optional<String> scorecardChart(String unit, String term, int year) {
    return call("indicators-service", () -> client.scorecardChart(unit, term, year, "vi"));
  }

  /** The series chart in Vietnamese; empty when the unit has no target on the indicator. */
  public Optional<String> seriesChart(String indicator, String unit, String term) {
    return call("indicators-service", () -> client.seriesChart(indicator, unit, term, "vi"));
  }
}
