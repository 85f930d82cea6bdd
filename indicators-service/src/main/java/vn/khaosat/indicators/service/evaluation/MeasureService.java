package vn.khaosat.indicators.service.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import vn.khaosat.indicators.domain.Indicator;
import vn.khaosat.indicators.domain.rules.ConsistencyChecks;
import vn.khaosat.indicators.domain.rules.Measure;
import vn.khaosat.indicators.domain.rules.MeasureCalculator;
import vn.khaosat.indicators.domain.rules.MeasureInput;
import vn.khaosat.indicators.domain.rules.MeasureResult;
import vn.khaosat.indicators.domain.rules.Warning;
import vn.khaosat.indicators.service.units.UnitDirectory;
import vn.khaosat.problem.ApiProblem;

/** Computes one measure of one indicator for one unit and year, outside any target. */
@ApplicationScoped
public class MeasureService {

  static final Set<Measure> NEED_BASE =
      EnumSet.of(
          Measure.AVERAGE_GROWTH,
          Measure.MEAN_OF_YEARLY_RATES,
          Measure.INDEX_TO_BASE,
          Measure.AVERAGE_RELATIVE_REDUCTION,
          Measure.PERCENTAGE_POINT_CHANGE);

  private final UnitDirectory units;
  private final SeriesLoader loader;
  private final MeasureCalculator calculator = new MeasureCalculator();

  public MeasureService(UnitDirectory units, SeriesLoader loader) {
    this.units = units;
    this.loader = loader;
  }

  public MeasureValue compute(MeasureQuery q, Locale locale) {
    Indicator indicator = requireIndicator(q.indicator(), "indicator");
    units.requireParameter(q.unit(), "unit");
    if (q.measure() == null) {
      throw ApiProblem.invalidParameter("query", "measure", "validation.required");
    }
    if (q.year() == null) {
      throw ApiProblem.invalidParameter("query", "year", "validation.required");
    }
    Integer base = q.baseYear();
    if (NEED_BASE.contains(q.measure()) && base == null) {
      throw ApiProblem.invalidParameter(
          "query", "baseYear", "measure.baseYearRequired", q.measure());
    }
    if (base != null && base >= q.year()) {
      throw ApiProblem.invalidParameter(
          "query", "baseYear", "measure.baseYearOrder", base, q.year());
    }
    String reference = q.referenceUnit();
    if (q.measure() == Measure.RATIO_TO_UNIT) {
      if (reference == null) {
        throw ApiProblem.invalidParameter("query", "referenceUnit", "target.referenceRequired");
      }
      units.requireParameter(reference, "referenceUnit");
    }
    String total =
        q.partOf() != null ? requireIndicator(q.partOf(), "partOf").code : indicator.partOfCode;
    if (q.measure() != Measure.SHARE) {
      total = null;
    }
    int from = base != null ? base : q.measure() == Measure.LEVEL ? q.year() : q.year() - 1;
    var figures =
        loader.load(
            Stream.of(indicator.code, total).filter(s -> s != null).toList(),
            Stream.of(q.unit(), reference).filter(s -> s != null).toList(),
            Math.min(from, q.year() - 1),
            q.year());
    MeasureResult result =
        calculator.compute(
            new MeasureInput(
                q.measure(),
                q.year(),
                base != null ? base : q.year(),
                figures.series(indicator.code, q.unit()),
                figures.series(total, q.unit()),
                figures.series(indicator.code, reference)),
            locale);
    List<Warning> warnings = new ArrayList<>(result.warnings());
    if (q.reported() != null && q.measure() == Measure.AVERAGE_GROWTH) {
      ConsistencyChecks.reportedAverage(q.reported(), result.value(), locale)
          .ifPresent(warnings::add);
    }
    return new MeasureValue(
        indicator.code,
        q.unit(),
        q.measure(),
        q.year(),
        base,
        reference,
        total,
        // shown as evaluations compare it: the indicator's decimals, at least 2 for a rate
        result.value() == null
            ? null
            : result.value().setScale(q.measure().scale(indicator.decimals), RoundingMode.HALF_UP),
        result.missingReason(),
        result.inputs(),
        List.copyOf(warnings));
  }

  private static Indicator requireIndicator(String code, String field) {
    Indicator indicator = code == null ? null : Indicator.findById(code);
    if (indicator == null) {
      throw ApiProblem.invalidParameter(
          "query", field, code == null ? "validation.required" : "indicator.unknown", code);
    }
    return indicator;
  }

  /** The query parameters of {@code GET /api/measures}. */
  public record MeasureQuery(
      String indicator,
      String unit,
      Measure measure,
      Integer year,
      Integer baseYear,
      String referenceUnit,
      String partOf,
      BigDecimal reported) {}
}
