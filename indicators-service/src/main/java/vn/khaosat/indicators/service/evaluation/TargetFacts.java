package vn.khaosat.indicators.service.evaluation;

import java.math.BigDecimal;
import vn.khaosat.indicators.domain.Target;
import vn.khaosat.indicators.domain.rules.Comparator;
import vn.khaosat.indicators.domain.rules.Measure;

/**
 * What an evaluation reads of a target: a plain record, so that a scorecard loads its targets as a
 * projection of these columns rather than as entities (no copy kept for dirty checking, no version
 * or timestamps converted; with 1,000 targets that was a fifth of a scorecard's CPU).
 */
public record TargetFacts(
    long id,
    long resolutionId,
    String indicatorCode,
    Measure measure,
    Comparator comparator,
    BigDecimal value,
    BigDecimal low,
    BigDecimal high,
    BigDecimal tolerance,
    String referenceUnitCode,
    String wording) {

  /** The facts of a target loaded as an entity. */
  public static TargetFacts of(Target t) {
    return new TargetFacts(
        t.id,
        t.resolutionId,
        t.indicatorCode,
        t.measure,
        t.comparator,
        t.value,
        t.low,
        t.high,
        t.tolerance,
        t.referenceUnitCode,
        t.wording);
  }
}
