package vn.khaosat.cadre.domain.vetting;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Size of the new committee must not exceed {@code maxPercentOfPrevious} of the outgoing one (số
 * lượng cấp ủy viên). Not applicable when the previous size is unknown or zero: a committee with no
 * members on record (a new commune's, say) gives nothing to compare with.
 */
final class SlateSizeRule extends BaseRule implements SlateRule {

  static final String MAX_PERCENT = "maxPercentOfPrevious";

  static final List<ParameterSpec> PARAMETERS =
      List.of(
          ParameterSpec.required(
              MAX_PERCENT,
              "seats on the new committee, at most, as a share of the sitting committee's members"
                  + " (not applicable while it has none)",
              "non-negative decimal, dot separator; above 100 allows growth",
              "95",
              "%"));

  private final BigDecimal maxPercent;

  SlateSizeRule(RuleDefinition definition) {
    super(definition);
    // Not capped at 100: a rule set may allow growth, e.g. 110 %.
    maxPercent =
        new RuleParameters(definition)
            .required(MAX_PERCENT, RuleParameters::parseNonNegativeDecimal);
  }

  @Override
  public Finding check(SlateFacts slate) {
    int size = slate.size();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("size", size);
    Integer previous = slate.previousCommitteeSize();
    if (previous != null) {
      figures.put("previous", previous);
    }
    if (previous == null || previous == 0) {
      return finding(null, Outcome.NOT_APPLICABLE, "noPrevious", List.of(), figures);
    }
    int maximum = Shares.largestWithin(previous, maxPercent);
    figures.put("maximum", maximum);
    figures.put("maxPercent", Shares.plain(maxPercent));
    return result(
        null,
        Shares.atMost(size, previous, maxPercent),
        List.of(size, previous, maximum, Shares.plain(maxPercent)),
        figures);
  }
}
