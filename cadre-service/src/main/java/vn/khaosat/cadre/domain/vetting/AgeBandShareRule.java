package vn.khaosat.cadre.domain.vetting;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Share of candidates aged {@code minAge}..{@code maxAge} (both inclusive, full years) must lie
 * within [{@code minPercent}, {@code maxPercent}], as Guidance 26 asks for a balance of three age
 * groups.
 */
final class AgeBandShareRule extends BaseRule implements SlateRule {

  static final String MIN_AGE = "minAge";
  static final String MAX_AGE = "maxAge";
  static final String MIN_PERCENT = "minPercent";
  static final String MAX_PERCENT = "maxPercent";

  static final List<ParameterSpec> PARAMETERS =
      List.of(
          ParameterSpec.required(
              MIN_AGE, "youngest age of the band, inclusive", ParameterSpec.INTEGER, "40", "years"),
          ParameterSpec.required(
              MAX_AGE, "oldest age of the band, inclusive", ParameterSpec.INTEGER, "50", "years"),
          ParameterSpec.required(
              MIN_PERCENT, "candidates in the band, at least", ParameterSpec.PERCENT, "40", "%"),
          ParameterSpec.required(
              MAX_PERCENT, "candidates in the band, at most", ParameterSpec.PERCENT, "50", "%"));

  private final int minAge;
  private final int maxAge;
  private final BigDecimal minPercent;
  private final BigDecimal maxPercent;

  AgeBandShareRule(RuleDefinition definition) {
    super(definition);
    RuleParameters p = new RuleParameters(definition);
    minAge = p.nonNegativeInt(MIN_AGE);
    maxAge = p.nonNegativeInt(MAX_AGE);
    minPercent = p.percent(MIN_PERCENT);
    maxPercent = p.percent(MAX_PERCENT);
    if (minAge > maxAge) {
      throw p.rangeInvalid(MIN_AGE, MAX_AGE);
    }
    if (minPercent.compareTo(maxPercent) > 0) {
      throw p.rangeInvalid(MIN_PERCENT, MAX_PERCENT);
    }
  }

  @Override
  public Finding check(SlateFacts slate) {
    int total = slate.candidates().size();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("total", total);
    if (total == 0) {
      return notApplicable(null, figures);
    }
    int count = 0;
    for (CandidateFacts c : slate.candidates()) {
      int age = Ages.fullYears(c, slate.referenceMonth());
      if (age >= minAge && age <= maxAge) {
        count++;
      }
    }
    String percent = Shares.percent(count, total);
    String minimum = Shares.plain(minPercent);
    String maximum = Shares.plain(maxPercent);
    figures.put("count", count);
    figures.put("percent", percent);
    figures.put("minimum", minimum);
    figures.put("maximum", maximum);
    figures.put("minAge", minAge);
    figures.put("maxAge", maxAge);
    boolean passed =
        Shares.atLeast(count, total, minPercent) && Shares.atMost(count, total, maxPercent);
    return result(
        null, passed, List.of(count, total, percent, minimum, maximum, minAge, maxAge), figures);
  }
}
