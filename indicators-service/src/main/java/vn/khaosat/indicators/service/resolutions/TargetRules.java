package vn.khaosat.indicators.service.resolutions;

import vn.khaosat.indicators.domain.Indicator;
import vn.khaosat.indicators.domain.rules.Comparator;
import vn.khaosat.indicators.domain.rules.Measure;
import vn.khaosat.problem.ApiProblem;

/** Which fields each comparator and measure needs, so that every stored target can be evaluated. */
final class TargetRules {

  private TargetRules() {}

  static void check(TargetCommand request, Indicator indicator) {
    if (request.comparator() == Comparator.RANGE) {
      if (request.low() == null) {
        throw ApiProblem.invalidField("low", "target.rangeNeedsBounds");
      }
      if (request.high() == null) {
        throw ApiProblem.invalidField("high", "target.rangeNeedsBounds");
      }
      if (request.low().compareTo(request.high()) >= 0) {
        throw ApiProblem.invalidField("high", "target.rangeOrder", request.low(), request.high());
      }
    } else if (request.value() == null) {
      throw ApiProblem.invalidField("value", "target.valueRequired", request.comparator());
    }
    if (request.comparator() == Comparator.APPROXIMATELY && request.tolerance() == null) {
      throw ApiProblem.invalidField("tolerance", "target.toleranceRequired");
    }
    boolean ratio = request.measure() == Measure.RATIO_TO_UNIT;
    if (ratio && request.referenceUnitCode() == null) {
      throw ApiProblem.invalidField("referenceUnitCode", "target.referenceRequired");
    }
    if (!ratio && request.referenceUnitCode() != null) {
      throw ApiProblem.invalidField("referenceUnitCode", "target.referenceOnlyForRatio");
    }
    if (request.measure() == Measure.SHARE
        && indicator.partOfCode == null
        && !"%".equals(indicator.unitOfMeasure)) {
      throw ApiProblem.invalidField("measure", "target.shareNeedsTotal", indicator.code);
    }
  }
}
