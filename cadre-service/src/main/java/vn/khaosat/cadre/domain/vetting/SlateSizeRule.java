package vn.khaosat.cadre.domain.vetting;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Size of the new committee must not exceed {@code maxPercentOfPrevious} of the outgoing one (số
 * lượng cấp ủy viên). Not applicable when the previous size is unknown.
 */
final class SlateSizeRule extends BaseRule implements SlateRule {

  static final String MAX_PERCENT = "maxPercentOfPrevious";

  private final BigDecimal maxPercent;

  SlateSizeRule(RuleDefinition definition) {
    super(definition);
    // Not capped at 100: a rule set may allow growth, e.g. 110 %.
    maxPercent =
        new RuleParameters(definition, MAX_PERCENT)
            .required(MAX_PERCENT, RuleParameters::parseNonNegativeDecimal);
  }

  @Override
  public Finding check(SlateFacts slate) {
    int size = slate.size();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("size", size);
    Integer previous = slate.previousCommitteeSize();
    if (previous == null) {
      return notApplicable(null, figures);
    }
    int maximum = Shares.largestWithin(previous, maxPercent);
    figures.put("previous", previous);
    figures.put("maximum", maximum);
    figures.put("maxPercent", Shares.plain(maxPercent));
    return result(
        null,
        Shares.atMost(size, previous, maxPercent),
        List.of(size, previous, maximum, Shares.plain(maxPercent)),
        figures);
  }
}
