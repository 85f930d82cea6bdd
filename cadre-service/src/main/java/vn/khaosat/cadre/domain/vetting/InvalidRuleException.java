package vn.khaosat.cadre.domain.vetting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A rule definition that cannot be used: missing, unknown or malformed parameter, duplicate code,
 * missing kind or severity. Carries a message key and arguments so the administration screen can
 * show a localised explanation.
 */
public class InvalidRuleException extends RuntimeException {

  private final String ruleCode;
  private final String parameter;
  private final String messageKey;
  private final List<Object> arguments;

  public InvalidRuleException(
      String ruleCode, String parameter, String messageKey, List<Object> arguments) {
    super(messageKey + " " + arguments);
    this.ruleCode = ruleCode;
    this.parameter = parameter;
    this.messageKey = messageKey;
    this.arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
  }

  static InvalidRuleException codeRequired() {
    return new InvalidRuleException(null, null, "ruleSet.codeRequired", List.of());
  }

  static InvalidRuleException kindRequired(String code) {
    return new InvalidRuleException(code, null, "ruleSet.kindRequired", List.of(code));
  }

  static InvalidRuleException severityRequired(String code) {
    return new InvalidRuleException(code, null, "ruleSet.severityRequired", List.of(code));
  }

  static InvalidRuleException duplicateRule(String code) {
    return new InvalidRuleException(code, null, "ruleSet.duplicateRule", List.of(code));
  }

  static InvalidRuleException parameterMissing(String code, String parameter) {
    return new InvalidRuleException(
        code, parameter, "ruleSet.parameterMissing", List.of(code, parameter));
  }

  static InvalidRuleException parameterUnknown(String code, String parameter) {
    return new InvalidRuleException(
        code, parameter, "ruleSet.parameterUnknown", List.of(code, String.valueOf(parameter)));
  }

  static InvalidRuleException parameterInvalid(String code, String parameter, String value) {
    return new InvalidRuleException(
        code, parameter, "ruleSet.parameterInvalid", List.of(code, parameter, value));
  }

  /** {@code low} must not exceed {@code high}; reported against {@code high}. */
  static InvalidRuleException rangeInvalid(String code, String low, String high) {
    return new InvalidRuleException(code, high, "ruleSet.rangeInvalid", List.of(code, low, high));
  }

  public String ruleCode() {
    return ruleCode;
  }

  /** The offending parameter, null when the problem is not about a parameter. */
  public String parameter() {
    return parameter;
  }

  public String messageKey() {
    return messageKey;
  }

  public List<Object> arguments() {
    return arguments;
  }
}
