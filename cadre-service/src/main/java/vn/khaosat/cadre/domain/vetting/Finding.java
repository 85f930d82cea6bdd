package vn.khaosat.cadre.domain.vetting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of one rule on one candidate (or on the slate when {@code candidateKey} is null).
 * {@code messageKey} and {@code arguments} render a human sentence with {@link
 * java.text.MessageFormat}; {@code figures} carries the same numbers as JSON-friendly values.
 */
public record Finding(
    String ruleCode,
    RuleKind kind,
    Severity severity,
    String candidateKey,
    Outcome outcome,
    String messageKey,
    List<Object> arguments,
    Map<String, Object> figures,
    String source) {

  public Finding {
    Objects.requireNonNull(ruleCode, "ruleCode");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(messageKey, "messageKey");
    arguments =
        arguments == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(arguments));
    // Keeps insertion order so the JSON reads in the order the rule wrote it.
    figures =
        figures == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(figures));
  }

  /** A failed rule whose severity is FAIL: it makes the candidate (or the slate) ineligible. */
  public boolean blocking() {
    return outcome == Outcome.FAILED && severity == Severity.FAIL;
  }

  /** A failed rule whose severity is WARN. */
  public boolean warning() {
    return outcome == Outcome.FAILED && severity == Severity.WARN;
  }
}
