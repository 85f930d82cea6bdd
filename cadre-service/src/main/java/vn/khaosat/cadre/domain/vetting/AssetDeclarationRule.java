package vn.khaosat.cadre.domain.vetting;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Asset declaration criterion (kê khai tài sản, thu nhập): the declaration for the year {@code
 * yearsBack} years before the congress year must be on file.
 */
final class AssetDeclarationRule extends BaseRule implements CandidateRule {

  static final String YEARS_BACK = "yearsBack";

  private final int yearsBack;

  AssetDeclarationRule(RuleDefinition definition) {
    super(definition);
    yearsBack = new RuleParameters(definition, YEARS_BACK).nonNegativeInt(YEARS_BACK);
  }

  @Override
  public Finding check(CandidateFacts candidate, YearMonth referenceMonth) {
    int requiredYear = referenceMonth.getYear() - yearsBack;
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("requiredYear", requiredYear);
    candidate.assetDeclarationYears().stream()
        .max(Integer::compare)
        .ifPresent(latest -> figures.put("latestDeclared", latest));
    boolean passed = candidate.assetDeclarationYears().contains(requiredYear);
    return result(candidate.key(), passed, List.of(requiredYear), figures);
  }
}
