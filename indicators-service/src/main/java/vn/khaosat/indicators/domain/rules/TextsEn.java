package vn.khaosat.indicators.domain.rules;

import static java.util.Map.entry;

import java.util.Map;

/**
 * English message texts (thông điệp tiếng Anh). Placeholders: measure.* {0} first year, {1}
 * evaluation year, {2} base year; sentence.* {0} subject, {1} actual, {2} target, {3} status, {4}
 * required, {5} last year, {6} best, {7} best year.
 */
final class TextsEn {
  static final Map<String, String> TEXTS =
      Map.ofEntries(
          entry("measure.LEVEL", "The value in {1}"),
          entry("measure.AVERAGE_GROWTH", "Average growth {0}-{1}"),
          entry("measure.MEAN_OF_YEARLY_RATES", "The mean of yearly growth rates {0}-{1}"),
          entry("measure.INDEX_TO_BASE", "The index of {1} to {2}"),
          entry("measure.SHARE", "The share in {1}"),
          entry("measure.AVERAGE_RELATIVE_REDUCTION", "Average reduction {0}-{1}"),
          entry("measure.PERCENTAGE_POINT_CHANGE", "Average fall {0}-{1}"),
          entry("measure.RATIO_TO_UNIT", "The ratio to the reference unit in {1}"),
          entry("measure.CUMULATIVE", "The cumulative total to {1}"),
          entry("unit.LEVEL", ""),
          entry("unit.AVERAGE_GROWTH", " %/year"),
          entry("unit.MEAN_OF_YEARLY_RATES", " %/year"),
          entry("unit.INDEX_TO_BASE", " %"),
          entry("unit.SHARE", " %"),
          entry("unit.AVERAGE_RELATIVE_REDUCTION", " %/year"),
          entry("unit.PERCENTAGE_POINT_CHANGE", " points/year"),
          entry("unit.RATIO_TO_UNIT", " %"),
          entry("unit.CUMULATIVE", ""),
          entry("cmp.AT_LEAST", "at least {0}"),
          entry("cmp.AT_MOST", "at most {0}"),
          entry("cmp.APPROXIMATELY", "about {0} (±{1})"),
          entry("cmp.RANGE", "between {0} and {1}"),
          entry("sentence.reached", "{0} is {1} against a target of {2}: {3}."),
          entry(
              "sentence.projection",
              "{0} is {1} against a target of {2}: {3}; it needs {4} until {5}, the best so far"
                  + " being {6} ({7})."),
          entry(
              "sentence.noTrend",
              "{0} is {1} against a target of {2}: {3}; it needs {4} until {5}, with no two"
                  + " consecutive years to compare yet."),
          entry("sentence.noData", "{0}: no data ({1})."),
          entry("basis.GROWTH_PERCENT", "growth of {0} %/year"),
          entry("basis.REDUCTION_PERCENT", "a reduction of {0} %/year"),
          entry("basis.POINTS_RISE", "a rise of {0} points/year"),
          entry("basis.POINTS_FALL", "a fall of {0} points/year"),
          entry("basis.INCREMENT", "{0} more a year"),
          entry("basis.DECREMENT", "{0} less a year"),
          entry("reason.MISSING_VALUE", "no value for {0}"),
          entry("reason.MISSING_BASE", "no value for the base year {0}"),
          entry("reason.MISSING_TOTAL", "no total for {0}"),
          entry("reason.MISSING_REFERENCE", "no value of the reference unit for {0}"),
          entry("reason.MIXED_POVERTY_STANDARDS", "the figures use different poverty standards"),
          entry("reason.ZERO_BASE", "the base-year value for {0} is zero"),
          entry("reason.ZERO_TOTAL", "the total for {0} is zero"),
          entry("reason.ZERO_REFERENCE", "the reference unit's value for {0} is zero"),
          entry("reason.ZERO_VALUE", "the value for {0} is zero"),
          entry("reason.NEGATIVE_RATIO", "the ratio between the two years is negative"),
          entry(
              "warn.REPORTED_AVERAGE_MISMATCH",
              "The reported average of {0} %/year differs by {2} points from the geometric"
                  + " average of {1} %/year."),
          entry(
              "warn.SHARES_DO_NOT_ADD_UP",
              "The shares add up to {0} %, not 100 % (off by {1} points)."),
          entry(
              "warn.ESTIMATE_WHERE_OFFICIAL_EXISTS",
              "The {1} for {0}, {2}, differs from the official figure {3}."),
          entry(
              "warn.MIXED_POVERTY_STANDARDS",
              "The figures compared use different poverty standards: {0}."));

  private TextsEn() {}
}
