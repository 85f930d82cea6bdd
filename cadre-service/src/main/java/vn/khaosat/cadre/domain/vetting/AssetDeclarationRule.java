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

  static final List<ParameterSpec> PARAMETERS =
      List.of(
          ParameterSpec.required(
              YEARS_BACK,
              "the declaration on file must be for the congress year minus this",
              ParameterSpec.INTEGER,
              "1",
              "years"));

  private final int yearsBack;

  AssetDeclarationRule(RuleDefinition definition) {
    super(definition);
    yearsBack = new RuleParameters(definition).nonNegativeInt(YEARS_BACK);
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
