package vn.khaosat.cadre.domain.vetting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns stored rule definitions into executable rules, refusing anything malformed. */
public final class Rules {

  private Rules() {}

  /** Parses a candidate rule; throws InvalidRuleException for bad data. */
  public static CandidateRule candidateRule(RuleDefinition definition) {
    requireShape(definition);
    return switch (definition.kind()) {
      case AGE -> new AgeRule(definition);
      case DISCIPLINE -> new DisciplineRule(definition);
      case THEORY_LEVEL -> new TheoryLevelRule(definition);
      case ASSET_DECLARATION -> new AssetDeclarationRule(definition);
      case SUCCESSION_PLAN -> new SuccessionPlanRule(definition);
      case SECRETARY_TERM_LIMIT -> new SecretaryTermLimitRule(definition);
      default ->
          throw new IllegalArgumentException(
              definition.code() + " is a slate rule (" + definition.kind() + ")");
    };
  }

  /** Parses a slate rule; throws InvalidRuleException for bad data. */
  public static SlateRule slateRule(RuleDefinition definition) {
    requireShape(definition);
    return switch (definition.kind()) {
      case WOMEN_SHARE -> new WomenShareRule(definition);
      case WOMEN_ON_STANDING_COMMITTEE -> new WomenOnStandingCommitteeRule(definition);
      case YOUTH_SHARE -> new YouthShareRule(definition);
      case AGE_BAND_SHARE -> new AgeBandShareRule(definition);
      case SLATE_SIZE -> new SlateSizeRule(definition);
      case ETHNIC_MINORITY_SHARE -> new EthnicMinorityShareRule(definition);
      default ->
          throw new IllegalArgumentException(
              definition.code() + " is a candidate rule (" + definition.kind() + ")");
    };
  }

  /** Checks a whole rule set: every definition parses and no code repeats. */
  public static void validate(List<RuleDefinition> definitions) {
    compile(definitions);
  }

  /** The parsed rule set, split by scope, each list in definition order. */
  record Compiled(List<CandidateRule> candidateRules, List<SlateRule> slateRules) {}

  static Compiled compile(List<RuleDefinition> definitions) {
    List<CandidateRule> candidateRules = new ArrayList<>();
    List<SlateRule> slateRules = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (RuleDefinition definition : definitions) {
      requireShape(definition);
      if (!codes.add(definition.code())) {
        throw InvalidRuleException.duplicateRule(definition.code());
      }
      if (definition.kind().slate()) {
        slateRules.add(slateRule(definition));
      } else {
        candidateRules.add(candidateRule(definition));
      }
    }
    return new Compiled(List.copyOf(candidateRules), List.copyOf(slateRules));
  }

  private static void requireShape(RuleDefinition definition) {
    if (definition.code() == null || definition.code().isBlank()) {
      throw InvalidRuleException.codeRequired();
    }
    if (definition.kind() == null) {
      throw InvalidRuleException.kindRequired(definition.code());
    }
    if (definition.severity() == null) {
      throw InvalidRuleException.severityRequired(definition.code());
    }
  }
}
