package vn.khaosat.cadre.domain.vetting;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.khaosat.cadre.domain.committees.CommitteeRole;

/**
 * Term limit of Regulation 98-QĐ/TW: nobody is secretary of the same committee for more than {@code
 * maxConsecutiveTerms} terms in a row, so a sitting secretary who has already served that many
 * cannot be proposed again.
 */
final class SecretaryTermLimitRule extends BaseRule implements CandidateRule {

  static final String MAX_TERMS = "maxConsecutiveTerms";

  static final List<ParameterSpec> PARAMETERS =
      List.of(
          ParameterSpec.required(
              MAX_TERMS,
              "terms in a row as secretary of the same committee, the proposed one included",
              ParameterSpec.INTEGER,
              "2",
              "terms"));

  private final int maxConsecutiveTerms;

  SecretaryTermLimitRule(RuleDefinition definition) {
    super(definition);
    maxConsecutiveTerms = new RuleParameters(definition).nonNegativeInt(MAX_TERMS);
  }

  @Override
  public Finding check(CandidateFacts candidate, YearMonth referenceMonth) {
    Map<String, Object> figures = new LinkedHashMap<>();
    if (candidate.proposedRole() != CommitteeRole.SECRETARY) {
      figures.put("role", candidate.proposedRole().name());
      return notApplicable(candidate.key(), figures);
    }
    int terms = candidate.consecutiveTermsAsSecretary();
    figures.put("consecutiveTerms", terms);
    figures.put("maximum", maxConsecutiveTerms);
    // Another term would make terms + 1 in a row.
    boolean passed = terms < maxConsecutiveTerms;
    return result(candidate.key(), passed, List.of(terms, maxConsecutiveTerms), figures);
  }
}
