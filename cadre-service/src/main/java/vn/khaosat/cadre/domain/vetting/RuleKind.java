package vn.khaosat.cadre.domain.vetting;

/**
 * The criteria of Directive 35-CT/TW and Guidance 26-HD/BTCTW that the engine knows how to check.
 * Candidate kinds apply to one person; slate kinds to the whole personnel plan.
 */
public enum RuleKind {
  AGE(false),
  DISCIPLINE(false),
  THEORY_LEVEL(false),
  ASSET_DECLARATION(false),
  SUCCESSION_PLAN(false),
  SECRETARY_TERM_LIMIT(false),
  WOMEN_SHARE(true),
  WOMEN_ON_STANDING_COMMITTEE(true),
  YOUTH_SHARE(true),
  AGE_BAND_SHARE(true),
  SLATE_SIZE(true),
  ETHNIC_MINORITY_SHARE(true);

  private final boolean slate;

  RuleKind(boolean slate) {
    this.slate = slate;
  }

  /** Whether the rule looks at the slate as a whole rather than at one candidate. */
  public boolean slate() {
    return slate;
  }
}
