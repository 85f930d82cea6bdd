package vn.khaosat.indicators.service.charts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.khaosat.indicators.domain.Indicator;
import vn.khaosat.indicators.domain.Target;
import vn.khaosat.indicators.domain.Term;
import vn.khaosat.indicators.domain.Unit;
import vn.khaosat.indicators.domain.charts.SeriesChart;
import vn.khaosat.indicators.domain.rules.TargetEvaluation;
import vn.khaosat.indicators.service.evaluation.Evaluated;
import vn.khaosat.indicators.service.evaluation.EvaluationService;
import vn.khaosat.indicators.service.indicators.IndicatorService;
import vn.khaosat.indicators.service.resolutions.TermService;
import vn.khaosat.indicators.service.units.UnitDirectory;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.problem.Messages;

/**
 * The chart of a target's series (biểu đồ diễn biến chỉ tiêu), as SVG: nothing is computed here
 * that the evaluation does not answer; each figure, target value and status is the evaluation's
 * own, worded in the reader's language.
 */
@ApplicationScoped
public class SeriesChartService {

  private final IndicatorService indicators;
  private final UnitDirectory units;
  private final TermService terms;
  private final EvaluationService evaluations;

  public SeriesChartService(
      IndicatorService indicators,
      UnitDirectory units,
      TermService terms,
      EvaluationService evaluations) {
    this.indicators = indicators;
    this.units = units;
    this.terms = terms;
    this.evaluations = evaluations;
  }

  /**
   * The series of the unit's first target (by id) on the indicator in the term: each year of the
   * term evaluated as {@code GET /api/targets/{id}/evaluation?year=} does, a point where it has a
   * figure, the target's value(s) as lines and the latest point's status.
   */
  @Transactional
  public String indicatorSeries(String indicatorCode, String unitCode, String termCode, Locale l) {
    Indicator indicator = indicators.get(indicatorCode);
    Unit unit = units.require(unitCode);
    Term term = terms.get(termCode);
    Target target =
        Target.<Target>find(
                "indicatorCode = ?1 and resolutionId in (select r.id from Resolution r"
                    + " where r.unitCode = ?2 and r.termCode = ?3) order by id",
                indicator.code,
                unit.code,
                term.code)
            .firstResult();
    if (target == null) {
      throw ApiProblem.notFound("chart.noTarget", indicator.code, unit.code, term.code);
    }
    List<SeriesChart.Point> points = new ArrayList<>();
    Evaluated latest = null;
    Evaluated last = null;
    for (int year = term.baseYear + 1; year <= term.lastYear; year++) {
      last = evaluations.evaluate(target.id, year, null, l);
      if (last.evaluation().actual() != null) {
        points.add(new SeriesChart.Point(year, last.evaluation().actual()));
        latest = last;
      }
    }
    String axis = target.measure.yieldsRate() ? "%" : indicator.unitOfMeasure;
    List<SeriesChart.Line> lines = lines((latest != null ? latest : last).evaluation(), axis, l);
    String title = Messages.format(l, "chart.series.title", indicator.name, unit.name, term.code);
    String latestLabel =
        latest == null
            ? null
            : Messages.format(
                l,
                "chart.latest",
                latest.year(),
                ChartTexts.withUnit(latest.evaluation().actual(), axis, l),
                latest.evaluation().status().label(l));
    String description =
        Messages.format(
            l,
            "chart.series.desc",
            describe(points, axis, l),
            lines.stream().map(SeriesChart.Line::label).reduce((a, b) -> a + "; " + b).orElse(""),
            latestLabel == null ? Messages.format(l, "chart.noData") : latestLabel);
    return new SeriesChart(
            "series-" + indicator.code + "-" + unit.code + "-" + term.code,
            title,
            description,
            axis,
            term.baseYear + 1,
            term.lastYear,
            points,
            lines,
            latest == null ? null : latest.evaluation().status(),
            latestLabel,
            Messages.format(l, "chart.noData"),
            l)
        .svg();
  }

  private static List<SeriesChart.Line> lines(TargetEvaluation e, String axis, Locale l) {
    if (e.target() != null) {
      return List.of(
          new SeriesChart.Line(
              e.target(),
              Messages.format(l, "chart.target", ChartTexts.withUnit(e.target(), axis, l))));
    }
    List<SeriesChart.Line> lines = new ArrayList<>();
    if (e.targetLow() != null) {
      String label =
          Messages.format(l, "chart.targetLow", ChartTexts.withUnit(e.targetLow(), axis, l));
      lines.add(new SeriesChart.Line(e.targetLow(), label));
    }
    if (e.targetHigh() != null) {
      String label =
          Messages.format(l, "chart.targetHigh", ChartTexts.withUnit(e.targetHigh(), axis, l));
      lines.add(new SeriesChart.Line(e.targetHigh(), label));
    }
    return lines;
  }

  private static String describe(List<SeriesChart.Point> points, String axis, Locale l) {
    if (points.isEmpty()) {
      return Messages.format(l, "chart.noData");
    }
    return points.stream()
        .map(p -> p.year() + ": " + ChartTexts.withUnit(p.value(), axis, l))
        .reduce((a, b) -> a + "; " + b)
        .orElseThrow();
  }
}
