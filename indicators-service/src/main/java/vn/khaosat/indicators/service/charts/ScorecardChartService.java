package vn.khaosat.indicators.service.charts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import vn.khaosat.indicators.domain.Term;
import vn.khaosat.indicators.domain.Unit;
import vn.khaosat.indicators.domain.charts.BarChart;
import vn.khaosat.indicators.domain.rules.TargetEvaluation;
import vn.khaosat.indicators.service.evaluation.Scorecard;
import vn.khaosat.indicators.service.evaluation.ScorecardService;
import vn.khaosat.indicators.service.resolutions.TermService;
import vn.khaosat.indicators.service.units.UnitDirectory;
import vn.khaosat.persistence.Transactions;
import vn.khaosat.problem.Messages;

/**
 * The chart of a scorecard (biểu đồ kết quả thực hiện chỉ tiêu), as SVG: the scorecard's own ratios
 * and statuses, one bar per target.
 */
@ApplicationScoped
public class ScorecardChartService {

  private final UnitDirectory units;
  private final TermService terms;
  private final ScorecardService scorecards;

  public ScorecardChartService(
      UnitDirectory units, TermService terms, ScorecardService scorecards) {
    this.units = units;
    this.terms = terms;
    this.scorecards = scorecards;
  }

  /**
   * One bar per target of the scorecard, in the scorecard's order; an unknown unit or term is a 404
   * here (the scorecard's own check makes it a 400 on its parameter). One read-only transaction
   * from one snapshot, as the scorecard's.
   */
  @Transactional
  public String scorecard(String unitCode, String termCode, int year, Locale l) {
    Transactions.readOneSnapshot();
    Unit unit = units.require(unitCode);
    Term term = terms.get(termCode);
    Scorecard card = scorecards.scorecard(unit, term, year, l);
    List<BarChart.Bar> bars =
        card.targets().stream()
            .map(
                e -> {
                  TargetEvaluation ev = e.evaluation();
                  String value =
                      ev.achievementRatio() == null
                          ? ev.status().label(l)
                          : ChartTexts.withUnit(ev.achievementRatio(), "%", l)
                              + " · "
                              + ev.status().label(l);
                  return new BarChart.Bar(
                      e.context().target().id(),
                      e.context().indicator().name,
                      ev.achievementRatio(),
                      ev.status(),
                      value);
                })
            .toList();
    String title = Messages.format(l, "chart.scorecard.title", unit.name, term.code, card.year());
    String description =
        Messages.format(l, "chart.scorecard.desc", card.counts().phrase(l), bars.size());
    return new BarChart(
            "scorecard-" + unit.code + "-" + term.code + "-" + card.year(),
            title,
            description,
            bars,
            Messages.format(l, "chart.reference"),
            Messages.format(l, "chart.noTargets"),
            l)
        .svg();
  }
}
