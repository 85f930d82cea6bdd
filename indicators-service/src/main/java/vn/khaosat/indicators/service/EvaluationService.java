package vn.khaosat.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import vn.khaosat.indicators.api.EvaluationView;
import vn.khaosat.indicators.api.InputUsedView;
import vn.khaosat.indicators.api.ProjectionView;
import vn.khaosat.indicators.api.WarningView;
import vn.khaosat.indicators.domain.Indicator;
import vn.khaosat.indicators.domain.Resolution;
import vn.khaosat.indicators.domain.Target;
import vn.khaosat.indicators.domain.Term;
import vn.khaosat.indicators.domain.rules.TargetEvaluation;
import vn.khaosat.indicators.domain.rules.TargetEvaluator;
import vn.khaosat.problem.ApiProblem;

/** Evaluates one target in one year: loads its figures, runs the rules, explains the result. */
@ApplicationScoped
public class EvaluationService {

  private final SeriesLoader loader;
  private final TargetEvaluator evaluator = new TargetEvaluator();

  public EvaluationService(SeriesLoader loader) {
    this.loader = loader;
  }

  public EvaluationView evaluate(long targetId, Integer year, BigDecimal reported, Locale locale) {
    Target target = Target.findById(targetId);
    if (target == null) {
      throw ApiProblem.notFound("target.notFound", targetId);
    }
    Resolution resolution = Resolution.findById(target.resolutionId);
    Term term = Term.findById(resolution.termCode);
    int evaluated = checkYear(term, year);
    TargetContext context =
        new TargetContext(target, resolution, term, Indicator.findById(target.indicatorCode));
    SeriesLoader.Figures figures =
        loader.load(
            indicatorsOf(List.of(context)), unitsOf(List.of(context)), term.baseYear, evaluated);
    return view(
        context, evaluated, evaluate(context, evaluated, figures, reported, locale), locale);
  }

  TargetEvaluation evaluate(
      TargetContext context,
      int year,
      SeriesLoader.Figures figures,
      BigDecimal reported,
      Locale locale) {
    return evaluator.evaluate(context.input(year, figures, reported), locale);
  }

  /** The evaluation year must be one of the term's years, base year excluded. */
  static int checkYear(Term term, Integer year) {
    if (year == null) {
      throw ApiProblem.invalidParameter("query", "year", "evaluation.yearRequired");
    }
    if (year <= term.baseYear || year > term.lastYear) {
      throw ApiProblem.invalidParameter(
          "query",
          "year",
          "evaluation.yearOutsideTerm",
          year,
          term.code,
          term.baseYear + 1,
          term.lastYear);
    }
    return year;
  }

  static Set<String> indicatorsOf(List<TargetContext> contexts) {
    Set<String> codes = new HashSet<>();
    contexts.forEach(
        c ->
            Stream.of(c.indicator().code, c.totalIndicator())
                .filter(Objects::nonNull)
                .forEach(codes::add));
    return codes;
  }

  static Set<String> unitsOf(List<TargetContext> contexts) {
    Set<String> codes = new HashSet<>();
    contexts.forEach(
        c ->
            Stream.of(c.resolution().unitCode, c.target().referenceUnitCode)
                .filter(Objects::nonNull)
                .forEach(codes::add));
    return codes;
  }

  static EvaluationView view(TargetContext c, int year, TargetEvaluation e, Locale locale) {
    return new EvaluationView(
        c.target().id,
        c.indicator().code,
        c.indicator().name,
        c.target().measure,
        c.target().wording,
        c.resolution().unitCode,
        c.term().code,
        year,
        e.status(),
        e.status().label(locale),
        e.status().labelVi(),
        e.reason(),
        e.actual(),
        e.target(),
        e.targetLow(),
        e.targetHigh(),
        e.achievementRatio(),
        InputUsedView.of(e.inputs()),
        ProjectionView.of(e.projection()),
        e.explanation(),
        WarningView.of(e.warnings()));
  }
}
