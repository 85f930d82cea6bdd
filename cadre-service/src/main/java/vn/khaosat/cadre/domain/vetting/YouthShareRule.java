package vn.khaosat.cadre.domain.vetting;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Share of young cadres (cán bộ trẻ, under {@code maxAgeExclusive} years) on the slate must reach
 * {@code minPercent}.
 */
final class YouthShareRule extends BaseRule implements SlateRule {

  static final String MAX_AGE_EXCLUSIVE = "maxAgeExclusive";
  static final String MIN_PERCENT = "minPercent";

  static final List<ParameterSpec> PARAMETERS =
      List.of(
          ParameterSpec.required(
              MAX_AGE_EXCLUSIVE,
              "a candidate younger than this at the reference month counts as young",
              ParameterSpec.INTEGER,
              "40",
              "years"),
          ParameterSpec.required(
              MIN_PERCENT, "young candidates, at least", ParameterSpec.PERCENT, "10", "%"));

  private final int maxAgeExclusive;
  private final BigDecimal minPercent;

  YouthShareRule(RuleDefinition definition) {
    super(definition);
    RuleParameters p = new RuleParameters(definition);
    maxAgeExclusive = p.nonNegativeInt(MAX_AGE_EXCLUSIVE);
    minPercent = p.percent(MIN_PERCENT);
  }

  @Override
  public Finding check(SlateFacts slate) {
    int total = slate.candidates().size();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("total", total);
    if (total == 0) {
      return notApplicable(null, figures);
    }
    int youth =
        (int)
            slate.candidates().stream()
                .filter(c -> Ages.fullYears(c, slate.referenceMonth()) < maxAgeExclusive)
                .count();
    String percent = Shares.percent(youth, total);
    String minimum = Shares.plain(minPercent);
    figures.put("youth", youth);
    figures.put("percent", percent);
    figures.put("minimum", minimum);
    figures.put("maxAgeExclusive", maxAgeExclusive);
    return result(
        null,
        Shares.atLeast(youth, total, minPercent),
        List.of(youth, total, percent, minimum, maxAgeExclusive),
        figures);
  }
}
