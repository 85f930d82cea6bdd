package vn.khaosat.indicators.service.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
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

  public Evaluated evaluate(long targetId, Integer year, BigDecimal reported, Locale locale) {
    Target target = Target.findById(targetId);
    if (target == null) {
      throw ApiProblem.notFound("target.notFound", targetId);
    }
    Resolution resolution = Resolution.findById(target.resolutionId);
    Term term = Term.findById(resolution.termCode);
    int evaluated = checkYear(term, year);
    TargetContext context =
        new TargetContext(
            TargetFacts.of(target), resolution, term, Indicator.findById(target.indicatorCode));
    SeriesLoader.Figures figures =
        loader.load(
            TargetContext.indicatorsOf(List.of(context)),
            TargetContext.unitsOf(List.of(context)),
            term.baseYear,
            evaluated);
    return new Evaluated(
        context, evaluated, evaluate(context, evaluated, figures, reported, locale));
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
  int checkYear(Term term, Integer year) {
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
}
