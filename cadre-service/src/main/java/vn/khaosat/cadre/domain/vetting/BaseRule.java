package vn.khaosat.cadre.domain.vetting;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Shared plumbing of the rule classes: keeps the definition and builds findings with message keys
 * {@code finding.<kind in camelCase>.passed|failed} and {@code finding.notApplicable}. A finding
 * that does not apply only informs, whatever the rule's severity: it can neither block nor warn.
 */
abstract class BaseRule {

  static final String NOT_APPLICABLE_KEY = "finding.notApplicable";

  private final RuleDefinition definition;
  private final String keyPrefix;

  BaseRule(RuleDefinition definition) {
    this.definition = definition;
    this.keyPrefix = "finding." + camelCase(definition.kind()) + ".";
  }

  public RuleDefinition definition() {
    return definition;
  }

  Finding result(
      String candidateKey, boolean passed, List<Object> arguments, Map<String, Object> figures) {
    return passed
        ? finding(candidateKey, Outcome.PASSED, "passed", arguments, figures)
        : finding(candidateKey, Outcome.FAILED, "failed", arguments, figures);
  }

  Finding notApplicable(String candidateKey, Map<String, Object> figures) {
    return new Finding(
        definition.code(),
        definition.kind(),
        Severity.INFO,
        candidateKey,
        Outcome.NOT_APPLICABLE,
        NOT_APPLICABLE_KEY,
        List.of(),
        figures,
        definition.source());
  }

  /** A finding whose message key ends with {@code suffix}, e.g. "passed". */
  Finding finding(
      String candidateKey,
      Outcome outcome,
      String suffix,
      List<Object> arguments,
      Map<String, Object> figures) {
    return new Finding(
        definition.code(),
        definition.kind(),
        outcome == Outcome.NOT_APPLICABLE ? Severity.INFO : definition.severity(),
        candidateKey,
        outcome,
        keyPrefix + suffix,
        arguments,
        figures,
        definition.source());
  }

  static String camelCase(RuleKind kind) {
    StringBuilder out = new StringBuilder();
    for (String word : kind.name().toLowerCase(Locale.ROOT).split("_")) {
      if (out.length() > 0) {
        word = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
      }
      out.append(word);
    }
    return out.toString();
  }
}
