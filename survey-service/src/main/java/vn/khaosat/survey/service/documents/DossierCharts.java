package vn.khaosat.survey.service.documents;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;
import vn.khaosat.problem.Messages;
import vn.khaosat.survey.client.IndicatorsCalls;
import vn.khaosat.survey.domain.dossier.Dossier;
import vn.khaosat.survey.service.documents.SessionDocument.ChartLine;
import vn.khaosat.upstream.UpstreamFailure;
import vn.khaosat.upstream.UpstreamRefusal;

/**
 * The charts of a dossier (biểu đồ), drawn by indicators-service when the document is rendered: the
 * scorecard's bars, then the yearly series of its first indicators. A chart that cannot be had
 * leaves a note in its place, so the document always renders.
 */
@ApplicationScoped
public class DossierCharts {

  /** Series drawn at most, one per indicator, in the scorecard's order: a page stays readable. */
  static final int MAX_SERIES = 4;

  private static final Logger LOG = Logger.getLogger(DossierCharts.class);

  private final IndicatorsCalls indicators;

  public DossierCharts(IndicatorsCalls indicators) {
    this.indicators = indicators;
  }

  public List<ChartLine> of(Dossier dossier) {
    if (dossier == null || dossier.scorecard == null) {
      return List.of();
    }
    Map<String, Object> card = dossier.scorecard;
    String unit = String.valueOf(card.get("unitCode"));
    String term = String.valueOf(card.get("termCode"));
    int year = ((Number) card.get("year")).intValue();
    List<ChartLine> charts = new ArrayList<>();
    charts.add(
        fetch(
            Messages.format(Messages.VIETNAMESE, "chart.scorecard", year),
            () -> indicators.scorecardChart(unit, term, year)));
    seriesOf(card)
        .forEach(
            (code, name) ->
                charts.add(
                    fetch(
                        Messages.format(Messages.VIETNAMESE, "chart.series", name),
                        () -> indicators.seriesChart(code, unit, term))));
    return charts;
  }

  /** The first indicators of the scorecard's targets, each once, with their names. */
  private static Map<String, String> seriesOf(Map<String, Object> card) {
    Map<String, String> indicators = new LinkedHashMap<>();
    if (card.get("targets") instanceof List<?> targets) {
      for (Object t : targets) {
        if (indicators.size() < MAX_SERIES
            && t instanceof Map<?, ?> target
            && target.get("indicatorCode") instanceof String code) {
          Object name = target.get("indicatorName");
          indicators.putIfAbsent(code, name == null ? code : name.toString());
        }
      }
    }
    return indicators;
  }

  private static ChartLine fetch(String caption, Supplier<Optional<String>> call) {
    try {
      Optional<String> svg = call.get();
      if (svg.isEmpty()) {
        return note(caption, "chart.absent");
      }
      return TrustedSvg.check(svg.get())
          .map(trusted -> new ChartLine(caption, trusted, null))
          .orElseGet(() -> note(caption, "chart.refused"));
    } catch (UpstreamFailure | UpstreamRefusal | FaultToleranceException e) {
      LOG.debugf("chart %s not drawn: %s", caption, e.toString());
      return note(caption, "chart.unavailable");
    }
  }

  private static ChartLine note(String caption, String key) {
    return new ChartLine(caption, null, Messages.format(Messages.VIETNAMESE, key, caption));
  }
}
