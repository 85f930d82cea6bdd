package vn.khaosat.indicators.domain.rules;

import java.math.BigDecimal;

/** Builds the one-sentence explanation of an evaluation (diễn giải kết quả). */
final class Explanations {

  private Explanations() {}

  static String of(
      Messages m,
      TargetSpec spec,
      TermSpan term,
      int year,
      RoundedTarget target,
      TargetEvaluation partial) {
    Measure measure = spec.measure();
    String subject = m.text("measure." + measure, term.baseYear() + 1, year, term.baseYear());
    if (partial.status() == TargetStatus.NO_DATA) {
      return m.text("sentence.noData", subject, m.reason(partial.reason()));
    }
    String unit = m.text("unit." + measure);
    String actual = m.number(partial.actual()) + unit;
    String goal = targetPhrase(m, target, unit);
    String status = m.statusLabel(partial.status()).toLowerCase(m.locale());
    Projection p = partial.projection();
    if (p == null) {
      return m.text("sentence.reached", subject, actual, goal, status);
    }
    String required = basis(m, p.basis(), p.requiredYearlyRate());
    if (p.bestYearlyRate() == null) {
      return m.text("sentence.noTrend", subject, actual, goal, status, required, term.lastYear());
    }
    String best = basis(m, p.basis(), p.bestYearlyRate());
    return m.text(
        "sentence.projection",
        subject,
        actual,
        goal,
        status,
        required,
        term.lastYear(),
        best,
        p.bestYear());
  }

  private static String targetPhrase(Messages m, RoundedTarget target, String unit) {
    return switch (target.comparator()) {
      case AT_LEAST, AT_MOST ->
          m.text("cmp." + target.comparator(), m.compact(target.value()) + unit);
      case APPROXIMATELY ->
          m.text(
              "cmp.APPROXIMATELY", m.compact(target.value()) + unit, m.compact(target.tolerance()));
      case RANGE -> m.text("cmp.RANGE", m.compact(target.low()), m.compact(target.high()) + unit);
    };
  }

  private static String basis(Messages m, String basis, BigDecimal rate) {
    return m.text("basis." + basis, m.number(rate));
  }
}
