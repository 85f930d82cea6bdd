package vn.khaosat.cadre.domain.vetting;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.khaosat.cadre.domain.cadres.Gender;

/** Share of women on the slate (tỷ lệ nữ cấp ủy viên) must reach {@code minPercent}. */
final class WomenShareRule extends BaseRule implements SlateRule {

  static final String MIN_PERCENT = "minPercent";

  static final List<ParameterSpec> PARAMETERS =
      List.of(
          ParameterSpec.required(
              MIN_PERCENT, "women on the slate, at least", ParameterSpec.PERCENT, "15", "%"));

  private final BigDecimal minPercent;

  WomenShareRule(RuleDefinition definition) {
    super(definition);
    minPercent = new RuleParameters(definition).percent(MIN_PERCENT);
  }

  @Override
  public Finding check(SlateFacts slate) {
    int total = slate.candidates().size();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("total", total);
    if (total == 0) {
      return notApplicable(null, figures);
    }
    int women = (int) slate.candidates().stream().filter(c -> c.gender() == Gender.FEMALE).count();
    String percent = Shares.percent(women, total);
    String minimum = Shares.plain(minPercent);
    figures.put("women", women);
    figures.put("percent", percent);
    figures.put("minimum", minimum);
    return result(
        null,
        Shares.atLeast(women, total, minPercent),
        List.of(women, total, percent, minimum),
        figures);
  }
}
