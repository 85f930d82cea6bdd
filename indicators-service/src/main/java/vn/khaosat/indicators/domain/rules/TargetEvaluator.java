package vn.khaosat.indicators.domain.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Evaluates a target in a year of its term (đánh giá thực hiện chỉ tiêu): computes the measure,
 * rounds actual and target alike, decides the status, projects the trend while the term runs, and
 * explains the result in one sentence.
 */
public final class TargetEvaluator {
  private final MeasureCalculator calculator = new MeasureCalculator();
  private final Projector projector = new Projector(calculator);

  /**
   * @param locale language "vi" gives Vietnamese texts, anything else English
   * @throws IllegalArgumentException when the year is outside B+1..L
   */
  public TargetEvaluation evaluate(EvaluationInput in, Locale locale) {
    Objects.requireNonNull(in, "in");
    TermSpan term = in.term();
    int t = in.year();
    term.requireEvaluationYear(t);
    TargetSpec spec = in.target();
    RoundedTarget target = RoundedTarget.of(spec);
    MeasureResult result = calculator.compute(input(in, spec.measure(), t), locale);
    List<Warning> warnings = new ArrayList<>(result.warnings());
    TargetStatus status = TargetStatus.NO_DATA;
    String reason = result.missingReason();
    BigDecimal actual = null;
    BigDecimal ratio = null;
    Projection projection = null;
    if (result.hasValue()) {
      reportedAverage(in, result, locale).ifPresent(warnings::add);
      actual = Decimals.round(result.value(), target.scale());
      status = target.reached(actual);
      if (status == null && term.isOver(t)) {
        status = TargetStatus.NOT_MET;
      } else if (status == null) {
        int scale = Measure.AVERAGE_GROWTH.scale(spec.decimals()); // rates: at least 2 decimals
        projection = projector.project(in, target.goal(), target.boundToReach(), scale);
        boolean noTrend = projection.bestYearlyRate() == null;
        reason = noTrend ? Reasons.NO_TREND : null;
        status =
            noTrend || projection.withinBest() ? TargetStatus.NOT_YET_MET : TargetStatus.NOT_MET;
      }
      ratio =
          AchievementRatio.of(target.goal(), actual, target.ratioTarget(), baseValue(in, target));
    }
    TargetEvaluation partial =
        new TargetEvaluation(
            status,
            reason,
            actual,
            target.target(),
            target.low(),
            target.high(),
            ratio,
            result.inputs(),
            projection,
            null,
            warnings);
    return partial.withExplanation(
        Explanations.of(Messages.of(locale), spec, term, t, target, partial));
  }

  private static MeasureInput input(EvaluationInput in, Measure measure, int year) {
    return new MeasureInput(
        measure, year, in.term().baseYear(), in.main(), in.total(), in.reference());
  }

  /** The measure's value in the base year, for gap closure; null when not needed or missing. */
  private BigDecimal baseValue(EvaluationInput in, RoundedTarget target) {
    Measure measure = in.target().measure();
    if (target.goal() == Direction.HIGHER_IS_BETTER || !measure.hasBaseYearValue()) {
      return null;
    }
    MeasureResult base = calculator.compute(input(in, measure, in.term().baseYear()));
    return Decimals.round(base.value(), target.scale());
  }

  /**
   * Checks a quoted average against the geometric one: the measure itself for the two geometric
   * measures, the average growth of the main series for the other level-based measures.
   */
  private Optional<Warning> reportedAverage(
      EvaluationInput in, MeasureResult result, Locale locale) {
    if (in.reportedValue() == null) {
      return Optional.empty();
    }
    BigDecimal geometric =
        switch (in.target().measure()) {
          case AVERAGE_GROWTH, AVERAGE_RELATIVE_REDUCTION -> result.value();
          case LEVEL, MEAN_OF_YEARLY_RATES, INDEX_TO_BASE ->
              calculator.compute(input(in, Measure.AVERAGE_GROWTH, in.year()), locale).value();
          default -> null; // shares, ratios, points and running totals have no geometric average
        };
    int scale = Measure.AVERAGE_GROWTH.scale(in.target().decimals());
    return ConsistencyChecks.reportedAverage(
        in.reportedValue(), Decimals.round(geometric, scale), locale);
  }
}
