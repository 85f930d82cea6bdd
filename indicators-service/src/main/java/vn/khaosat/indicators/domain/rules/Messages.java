package vn.khaosat.indicators.domain.rules;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Message lookup and number formatting for one language (thông điệp): Vietnamese for language "vi",
 * English otherwise. Vietnamese writes 1.234,5; English 1,234.5. The texts are the service's
 * message bundles ({@code messages.properties}, Vietnamese, and {@code messages_en.properties}),
 * keys {@code rules.*}, read through the shared {@link vn.khaosat.problem.Messages}.
 */
final class Messages {
  /** The product's working language, used when a caller gives no locale. */
  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  /** The prefix of the rules' keys in the bundles. */
  static final String PREFIX = "rules.";

  private final boolean vietnamese;

  private Messages(boolean vietnamese) {
    this.vietnamese = vietnamese;
  }

  static Messages of(Locale locale) {
    return new Messages(isVietnamese(locale));
  }

  static boolean isVietnamese(Locale locale) {
    return locale != null && "vi".equals(locale.getLanguage());
  }

  boolean vietnamese() {
    return vietnamese;
  }

  Locale locale() {
    return vietnamese ? VIETNAMESE : Locale.ENGLISH;
  }

  /** The text for the key with {0}, {1}… replaced by the arguments. */
  String text(String key, Object... args) {
    return bundled(locale(), PREFIX + key, args);
  }

  /** The bundle's text for the key, the arguments put in as text; a missing key is a bug. */
  static String bundled(Locale locale, String key, Object... args) {
    Object[] texts = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      texts[i] = String.valueOf(args[i]);
    }
    String text = vn.khaosat.problem.Messages.format(locale, key, texts);
    if (text.equals(key)) {
      throw new IllegalStateException("No message for key " + key);
    }
    return text;
  }

  /** The number with its scale kept, e.g. 8,20 (vi) or 8.20 (en). */
  String number(BigDecimal v) {
    String plain = v.toPlainString();
    boolean negative = plain.startsWith("-");
    if (negative) {
      plain = plain.substring(1);
    }
    int dot = plain.indexOf('.');
    String integer = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot + 1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < integer.length(); i++) {
      if (i > 0 && (integer.length() - i) % 3 == 0) {
        out.append(vietnamese ? '.' : ',');
      }
      out.append(integer.charAt(i));
    }
    if (!fraction.isEmpty()) {
      out.append(vietnamese ? ',' : '.').append(fraction);
    }
    return (negative ? "-" : "") + out;
  }

  /** The number without trailing zeros, e.g. 8 for a target of 8.00. */
  String compact(BigDecimal v) {
    BigDecimal stripped = v.stripTrailingZeros();
    return number(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
  }

  String statusLabel(TargetStatus status) {
    return status.label(locale());
  }

  String statusLabel(ObservationStatus status) {
    return vietnamese ? status.labelVi() : status.labelEn();
  }

  /** The sentence for a reason code such as "MISSING_VALUE:2019". */
  String reason(String reason) {
    return text(
        "reason." + Reasons.code(reason),
        Reasons.year(reason).isPresent() ? Reasons.year(reason).getAsInt() : "");
  }
}
