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
  private final ChartsClient charts;

  public IndicatorsCalls(@RestClient IndicatorsClient client, @RestClient ChartsClient charts) {
    this.client = client;
    this.charts = charts;
  }

  public Optional<TargetInfo> target(long id) {
    return call("indicators-service", () -> client.target(id));
  }

  /**
   * The scorecard chart in Vietnamese; empty when indicators-service knows no such unit or term.
   */
  public Optional<String> scorecardChart(String unit, String term, int year) {
    return call("indicators-service", () -> charts.scorecard(unit, term, year));
  }

  /** The series chart in Vietnamese; empty when the unit has no target on the indicator. */
  public Optional<String> seriesChart(String indicator, String unit, String term) {
    return call("indicators-service", () -> charts.series(indicator, unit, term));
  }
}
