package vn.khaosat.indicators.domain.rules;

import static vn.khaosat.indicators.domain.rules.Decimals.HUNDRED;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Compares the yearly progress still needed to reach a target by the last year with the best yearly
 * progress seen so far (dự báo khả năng hoàn thành), in each measure's natural yearly unit.
 */
final class Projector {
  private final MeasureCalculator calculator;

  Projector(MeasureCalculator calculator) {
    this.calculator = calculator;
  }

  /** Only for a target not reached while the term runs, whose measure has a value in the year. */
  Projection project(EvaluationInput in, Direction goal, BigDecimal bound, int scale) {
    TermSpan term = in.term();
    int t = in.year();
    int b = term.baseYear();
    int m = term.remainingYears(t);
    String standard = in.main().best(t).map(ObservedValue::povertyStandard).orElse(null);
    YearlyHistory levels = YearlyHistory.levels(in.main(), b, t, standard);
    BigDecimal now = levels.get(t);
    Projection p =
        switch (in.target().measure()) {
          case LEVEL -> geometric(levels, now, bound, goal, m);
          case INDEX_TO_BASE ->
              geometric(
                  levels, now, Decimals.divide(levels.get(b).multiply(bound), HUNDRED), goal, m);
          case AVERAGE_GROWTH ->
              geometric(levels, now, compound(levels.get(b), bound, term), goal, m);
          // A reduction (or fall) is reached by the level moving the opposite way.
          case AVERAGE_RELATIVE_REDUCTION ->
              geometric(
                  levels, now, compound(levels.get(b), bound.negate(), term), goal.opposite(), m);
          case PERCENTAGE_POINT_CHANGE -> {
            BigDecimal needed =
                levels.get(b).subtract(bound.multiply(BigDecimal.valueOf(term.length())));
            yield linear(
                levels,
                now,
                needed,
                goal.opposite(),
                m,
                Projection.POINTS_RISE,
                Projection.POINTS_FALL);
          }
          case MEAN_OF_YEARLY_RATES -> meanOfRates(levels, bound, goal, term, t);
          case CUMULATIVE ->
              linear(levels, now, bound, goal, m, Projection.INCREMENT, Projection.DECREMENT);
          case SHARE, RATIO_TO_UNIT -> {
            YearlyHistory values = measureHistory(in, standard);
            yield linear(
                values,
                values.get(t),
                bound,
                goal,
                m,
                Projection.POINTS_RISE,
                Projection.POINTS_FALL);
          }
        };
    return new Projection(
        Decimals.round(p.requiredYearlyRate(), scale),
        Decimals.round(p.bestYearlyRate(), scale),
        p.bestYear(),
        p.basis());
  }

  /** The level the term must end at for an average yearly change of rate % from the base. */
  private static BigDecimal compound(BigDecimal base, BigDecimal rate, TermSpan term) {
    BigDecimal factor = BigDecimal.ONE.add(Decimals.divide(rate, HUNDRED));
    return base.multiply(factor.pow(term.length(), Decimals.MC), Decimals.MC);
  }

  private static Projection geometric(
      YearlyHistory levels, BigDecimal now, BigDecimal needed, Direction goal, int m) {
    if (now.signum() <= 0 || needed.signum() <= 0) {
      // Growth rates mean nothing across zero or negative levels, and a relative reduction never
      // reaches zero (e.g. "no temporary houses left"); judge such targets by yearly increments.
      return linear(levels, now, needed, goal, m, Projection.INCREMENT, Projection.DECREMENT);
    }
    boolean up = goal == Direction.HIGHER_IS_BETTER;
    BigDecimal required = signed(Decimals.growthPercent(Decimals.divide(needed, now), m), up);
    Optional<YearlyHistory.Best> best =
        levels.best(
            (prev, cur) ->
                prev.signum() <= 0 ? null : signed(Decimals.yearlyGrowth(prev, cur), up));
    return projection(
        required, best, up ? Projection.GROWTH_PERCENT : Projection.REDUCTION_PERCENT);
  }

  private static Projection linear(
      YearlyHistory values,
      BigDecimal now,
      BigDecimal needed,
      Direction goal,
      int m,
      String rise,
      String fall) {
    boolean up = goal == Direction.HIGHER_IS_BETTER;
    BigDecimal required = signed(Decimals.divide(needed.subtract(now), m), up);
    Optional<YearlyHistory.Best> best = values.best((prev, cur) -> signed(cur.subtract(prev), up));
    return projection(required, best, up ? rise : fall);
  }

  /** Required mean of the remaining yearly rates: (g·(L−B) − sum of rates so far) / m. */
  private static Projection meanOfRates(
      YearlyHistory levels, BigDecimal g, Direction goal, TermSpan term, int t) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int y = term.baseYear() + 1; y <= t; y++) {
      sum = sum.add(Decimals.yearlyGrowth(levels.get(y - 1), levels.get(y)));
    }
    boolean up = goal == Direction.HIGHER_IS_BETTER;
    BigDecimal total = g.multiply(BigDecimal.valueOf(term.length()));
    BigDecimal required = signed(Decimals.divide(total.subtract(sum), term.remainingYears(t)), up);
    Optional<YearlyHistory.Best> best =
        levels.best((prev, cur) -> signed(Decimals.yearlyGrowth(prev, cur), up));
    return projection(
        required, best, up ? Projection.GROWTH_PERCENT : Projection.REDUCTION_PERCENT);
  }

  /** The measure's own value (share, ratio) in each year B..t of a compatible poverty standard. */
  private YearlyHistory measureHistory(EvaluationInput in, String standard) {
    TreeMap<Integer, BigDecimal> values = new TreeMap<>();
    int b = in.term().baseYear();
    for (int y = b; y <= in.year(); y++) {
      boolean compatible =
          in.main()
              .best(y)
              .map(v -> Series.compatible(v.povertyStandard(), standard))
              .orElse(false);
      MeasureResult r =
          calculator.compute(
              new MeasureInput(in.target().measure(), y, b, in.main(), in.total(), in.reference()));
      if (compatible && r.hasValue()) {
        values.put(y, r.value());
      }
    }
    return new YearlyHistory(values);
  }

  private static Projection projection(
      BigDecimal required, Optional<YearlyHistory.Best> best, String basis) {
    return new Projection(
        required,
        best.map(YearlyHistory.Best::rate).orElse(null),
        best.map(YearlyHistory.Best::year).orElse(null),
        basis);
  }

  private static BigDecimal signed(BigDecimal v, boolean up) {
    return up ? v : v.negate();
  }
}
