package vn.khaosat.cadre.domain.vetting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A vetting rule as stored in the database: which criterion, how severe, its parameters (text,
 * parsed by {@link Rules}) and the legal source it comes from. Nothing is checked here so that
 * {@link Rules#validate} can report bad rows with message keys instead of exceptions from a
 * constructor.
 */
public record RuleDefinition(
    String code, RuleKind kind, Severity severity, Map<String, String> parameters, String source) {

  public RuleDefinition {
    // LinkedHashMap rather than Map.copyOf: a null value from the database must reach the
    // validation as "missing", not crash here.
    parameters =
        parameters == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }
}
