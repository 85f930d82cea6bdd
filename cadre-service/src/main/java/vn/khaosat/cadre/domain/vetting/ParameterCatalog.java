package vn.khaosat.cadre.domain.vetting;

import java.util.List;

/**
 * The parameters of every rule kind: the names {@link RuleParameters} accepts, and their
 * documentation, which the API document and the README show as one table.
 */
public final class ParameterCatalog {

  private ParameterCatalog() {}

  /** The parameters of {@code kind}, as its rule class declares them. */
  public static List<ParameterSpec> of(RuleKind kind) {
    return switch (kind) {
      case AGE -> AgeRule.PARAMETERS;
      case DISCIPLINE -> List.of();
      case THEORY_LEVEL -> TheoryLevelRule.PARAMETERS;
      case ASSET_DECLARATION -> AssetDeclarationRule.PARAMETERS;
      case SUCCESSION_PLAN -> SuccessionPlanRule.PARAMETERS;
      case SECRETARY_TERM_LIMIT -> SecretaryTermLimitRule.PARAMETERS;
      case WOMEN_SHARE -> WomenShareRule.PARAMETERS;
      case WOMEN_ON_STANDING_COMMITTEE -> WomenOnStandingCommitteeRule.PARAMETERS;
      case YOUTH_SHARE -> YouthShareRule.PARAMETERS;
      case AGE_BAND_SHARE -> AgeBandShareRule.PARAMETERS;
      case SLATE_SIZE -> SlateSizeRule.PARAMETERS;
      case ETHNIC_MINORITY_SHARE -> EthnicMinorityShareRule.PARAMETERS;
    };
  }

  /** A Markdown table of every kind's parameters, as the README and the API document show it. */
  public static String markdownTable() {
    StringBuilder out =
        new StringBuilder(
            "| kind | parameter | required | meaning | format | example | unit |\n"
                + "|---|---|---|---|---|---|---|\n");
    for (RuleKind kind : RuleKind.values()) {
      if (of(kind).isEmpty()) {
        out.append("| `").append(kind).append("` | none | | | | | |\n");
      }
      for (ParameterSpec p : of(kind)) {
        out.append("| `").append(kind).append("` | `").append(p.name()).append("` | ");
        out.append(p.required() ? "yes" : "no").append(" | ").append(p.meaning()).append(" | ");
        out.append(p.format()).append(" | `").append(p.example()).append("` | ");
        out.append(p.unit()).append(" |\n");
      }
    }
    return out.toString();
  }
}
