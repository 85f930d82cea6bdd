package vn.khaosat.cadre.domain.vetting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.khaosat.cadre.domain.cadres.Gender;

/**
 * At least {@code minCount} women among the candidates proposed for the standing committee (ban
 * thường vụ). Not applicable when the slate proposes nobody for a standing role, i.e. the plan does
 * not cover the standing committee.
 */
final class WomenOnStandingCommitteeRule extends BaseRule implements SlateRule {

  static final String MIN_COUNT = "minCount";

  static final List<ParameterSpec> PARAMETERS =
      List.of(
          ParameterSpec.required(
              MIN_COUNT,
              "women among the candidates for standing-committee roles, at least",
              ParameterSpec.INTEGER,
              "1",
              "people"));

  private final int minCount;

  WomenOnStandingCommitteeRule(RuleDefinition definition) {
    super(definition);
    minCount = new RuleParameters(definition).nonNegativeInt(MIN_COUNT);
  }

  @Override
  public Finding check(SlateFacts slate) {
    int standing = 0;
    int women = 0;
    for (CandidateFacts c : slate.candidates()) {
      if (c.proposedRole().standing()) {
        standing++;
        if (c.gender() == Gender.FEMALE) {
          women++;
        }
      }
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("standing", standing);
    if (standing == 0) {
      return notApplicable(null, figures);
    }
    figures.put("women", women);
    figures.put("minimum", minCount);
    return result(null, women >= minCount, List.of(women, minCount), figures);
  }
}
