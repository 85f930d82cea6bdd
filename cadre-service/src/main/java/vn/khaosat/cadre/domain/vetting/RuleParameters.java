package vn.khaosat.cadre.domain.vetting;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the text parameters of one rule definition, turning every problem into an {@link
 * InvalidRuleException}. Names the kind does not declare ({@link ParameterCatalog}) are refused so
 * that a typo cannot fall back to a default.
 */
final class RuleParameters {

  private static final Pattern INTEGER = Pattern.compile("\\d{1,9}");
  private static final Pattern DECIMAL = Pattern.compile("\\d{1,9}(\\.\\d{1,9})?");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final String code;
  private final Map<String, String> values;

  RuleParameters(RuleDefinition definition) {
    this.code = definition.code();
    this.values = definition.parameters();
    Set<String> names =
        ParameterCatalog.of(definition.kind()).stream()
            .map(ParameterSpec::name)
            .collect(Collectors.toSet());
    for (String name : values.keySet()) {
      if (name == null || !names.contains(name)) {
        throw InvalidRuleException.parameterUnknown(code, name);
      }
    }
  }

  <T> T required(String name, Function<String, T> parser) {
    return optional(name, parser)
        .orElseThrow(() -> InvalidRuleException.parameterMissing(code, name));
  }

  /** Blank counts as absent: an empty form field means "not set". */
  <T> Optional<T> optional(String name, Function<String, T> parser) {
    String raw = values.get(name);
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parser.apply(raw.trim()));
    } catch (IllegalArgumentException e) {
      throw InvalidRuleException.parameterInvalid(code, name, raw);
    }
  }

  int nonNegativeInt(String name) {
    return required(name, RuleParameters::parseNonNegativeInt);
  }

  /** A percentage between 0 and 100, kept exact. */
  BigDecimal percent(String name) {
    return required(name, RuleParameters::parsePercent);
  }

  String text(String name) {
    return required(name, Function.identity());
  }

  /** A non-empty comma list of constant names, case-insensitive. */
  <E extends Enum<E>> Set<E> enumSet(String name, Class<E> type) {
    return required(
        name,
        raw -> {
          Set<E> result = EnumSet.noneOf(type);
          for (String part : raw.split(",", -1)) {
            // Enum.valueOf throws IllegalArgumentException, reported as parameterInvalid.
            result.add(Enum.valueOf(type, part.trim().toUpperCase(Locale.ROOT)));
          }
          return result;
        });
  }

  InvalidRuleException rangeInvalid(String low, String high) {
    return InvalidRuleException.rangeInvalid(code, low, high);
  }

  static int parseNonNegativeInt(String raw) {
    if (!INTEGER.matcher(raw).matches()) {
      throw new IllegalArgumentException("Not a non-negative integer: " + raw);
    }
    return Integer.parseInt(raw);
  }

  /** Plain digits with an optional fraction; no sign, no exponent. */
  static BigDecimal parseNonNegativeDecimal(String raw) {
    if (!DECIMAL.matcher(raw).matches()) {
      throw new IllegalArgumentException("Not a non-negative decimal: " + raw);
    }
    return new BigDecimal(raw);
  }

  static BigDecimal parsePercent(String raw) {
    BigDecimal value = parseNonNegativeDecimal(raw);
    if (value.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException("Percent above 100: " + raw);
    }
    return value;
  }
}
