package vn.khaosat.cadre.domain.vetting;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.khaosat.cadre.domain.committees.CommitteeRole;

/**
 * Succession plan criterion (quy hoạch): candidates for the listed roles must be in the approved
 * succession plan for that post.
 */
final class SuccessionPlanRule extends BaseRule implements CandidateRule {

  static final String ROLES = "roles";

  static final List<ParameterSpec> PARAMETERS =
      List.of(
          ParameterSpec.required(
              ROLES,
              "the proposed roles whose candidates must be in the succession plan",
              ParameterSpec.ROLES,
              "SECRETARY,DEPUTY_SECRETARY",
              ParameterSpec.CODE));

  private final Set<CommitteeRole> roles;

  SuccessionPlanRule(RuleDefinition definition) {
    super(definition);
    roles = new RuleParameters(definition).enumSet(ROLES, CommitteeRole.class);
  }

  @Override
  public Finding check(CandidateFacts candidate, YearMonth referenceMonth) {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("role", candidate.proposedRole().name());
    if (!roles.contains(candidate.proposedRole())) {
      return notApplicable(candidate.key(), figures);
    }
    figures.put("inSuccessionPlan", candidate.inSuccessionPlan());
    return result(
        candidate.key(),
        candidate.inSuccessionPlan(),
        List.of(candidate.proposedRole().name()),
        figures);
  }
}
