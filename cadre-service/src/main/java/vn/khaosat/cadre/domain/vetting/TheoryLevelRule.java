package vn.khaosat.cadre.domain.vetting;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.khaosat.cadre.domain.cadres.TheoryLevel;
import vn.khaosat.cadre.domain.committees.CommitteeRole;

/**
 * Political theory criterion (trình độ lý luận chính trị): candidates for the listed roles must
 * hold one of the listed levels.
 */
final class TheoryLevelRule extends BaseRule implements CandidateRule {

  static final String ROLES = "roles";
  static final String LEVELS = "levels";
  static final String NONE = "NONE";

  static final List<ParameterSpec> PARAMETERS =
      List.of(
          ParameterSpec.required(
              ROLES,
              "the proposed roles the rule applies to",
              ParameterSpec.ROLES,
              "SECRETARY,DEPUTY_SECRETARY,STANDING_MEMBER",
              ParameterSpec.CODE),
          ParameterSpec.required(
              LEVELS,
              "the political theory levels that pass",
              "comma list of ELEMENTARY, INTERMEDIATE, ADVANCED, BACHELOR",
              "ADVANCED,BACHELOR",
              ParameterSpec.CODE));

  private final Set<CommitteeRole> roles;
  private final Set<TheoryLevel> levels;
  private final String required;

  TheoryLevelRule(RuleDefinition definition) {
    super(definition);
    RuleParameters p = new RuleParameters(definition);
    roles = p.enumSet(ROLES, CommitteeRole.class);
    levels = p.enumSet(LEVELS, TheoryLevel.class);
    required = levels.stream().map(Enum::name).collect(Collectors.joining(","));
  }

  @Override
  public Finding check(CandidateFacts candidate, YearMonth referenceMonth) {
    Map<String, Object> figures = new LinkedHashMap<>();
    if (!roles.contains(candidate.proposedRole())) {
      figures.put("role", candidate.proposedRole().name());
      return notApplicable(candidate.key(), figures);
    }
    TheoryLevel level = candidate.theoryLevel();
    String levelName = level == null ? NONE : level.name();
    figures.put("theoryLevel", levelName);
    figures.put("required", required);
    boolean passed = level != null && levels.contains(level);
    return result(candidate.key(), passed, List.of(levelName, required), figures);
  }
}
