package vn.khaosat.indicators.service.evaluation;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import vn.khaosat.indicators.domain.Indicator;
import vn.khaosat.indicators.domain.Resolution;
import vn.khaosat.indicators.domain.Term;
import vn.khaosat.indicators.domain.rules.EvaluationInput;
import vn.khaosat.indicators.domain.rules.Measure;
import vn.khaosat.indicators.domain.rules.TargetSpec;
import vn.khaosat.indicators.domain.rules.TermSpan;

/** A target with what it is read against: its resolution's unit and term, and its indicator. */
public record TargetContext(
    TargetFacts target, Resolution resolution, Term term, Indicator indicator) {

  TargetSpec spec() {
    return new TargetSpec(
        target.measure(),
        target.comparator(),
        target.value(),
        target.low(),
        target.high(),
        target.tolerance(),
        indicator.direction,
        indicator.decimals);
  }

  /** The total a share is taken of, when the measure is a share of another indicator. */
  String totalIndicator() {
    return target.measure() == Measure.SHARE ? indicator.partOfCode : null;
  }

  EvaluationInput input(int year, SeriesLoader.Figures figures, BigDecimal reported) {
    String unit = resolution.unitCode;
    return new EvaluationInput(
        spec(),
        new TermSpan(term.baseYear, term.lastYear),
        year,
        figures.series(indicator.code, unit),
        figures.series(totalIndicator(), unit),
        figures.series(indicator.code, target.referenceUnitCode()),
        reported);
  }

  /** The indicators whose figures the targets are read against: their own and their totals. */
  static Set<String> indicatorsOf(List<TargetContext> contexts) {
    Set<String> codes = new HashSet<>();
    contexts.forEach(
        c ->
            Stream.of(c.indicator().code, c.totalIndicator())
                .filter(Objects::nonNull)
                .forEach(codes::add));
    return codes;
  }

  /** The units whose figures the targets are read against: their own and their references. */
  static Set<String> unitsOf(List<TargetContext> contexts) {
    Set<String> codes = new HashSet<>();
    contexts.forEach(
        c ->
            Stream.of(c.resolution().unitCode, c.target().referenceUnitCode())
                .filter(Objects::nonNull)
                .forEach(codes::add));
    return codes;
  }
}
