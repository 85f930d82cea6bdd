package vn.khaosat.problem;

import java.util.List;
import java.util.Locale;

/**
 * Message texts in Vietnamese (the default) and English. A service's own {@code messages} bundle is
 * searched first, then this library's {@code khaosat-problem-messages}.
 */
public final class Messages {

  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  public static final Locale DEFAULT_LOCALE = VIETNAMESE;
  public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

  private static final MessagePatterns PATTERNS = new MessagePatterns(SUPPORTED);

  private Messages() {}

  /** Picks vi or en from an {@code Accept-Language} header; vi when absent or unsupported. */
  public static Locale fromAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return DEFAULT_LOCALE;
    }
    try {
      Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
      return match == null ? DEFAULT_LOCALE : match;
    } catch (IllegalArgumentException malformed) {
      return DEFAULT_LOCALE;
    }
  }

  /** Whether an {@code Accept-Language} header is short and parses as language ranges. */
  public static boolean isReadable(String header) {
    if (header.length() > 200) {
      return false;
    }
    try {
      Locale.LanguageRange.parse(header);
      return true;
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  public static String format(Locale locale, String key, Object... args) {
    MessageTemplate template = PATTERNS.template(locale, key);
    return template == null ? key : template.format(plainIntegers(args));
  }

  // Years and counts must not get a thousands separator ("2.019"), so whole numbers go in as text.
  private static Object[] plainIntegers(Object[] args) {
    if (args == null) {
      return new Object[0];
    }
    Object[] copy = args.clone();
    for (int i = 0; i < copy.length; i++) {
      if (copy[i] instanceof Integer || copy[i] instanceof Long) {
        copy[i] = copy[i].toString();
      }
    }
    return copy;
  }

  public static String title(int status, Locale locale) {
    String title = lookup(locale, "title." + status);
    return title != null ? title : lookup(locale, "title.default");
  }

  static String lookup(Locale locale, String key) {
    return PATTERNS.text(locale, key);
  }

  /** How many parsed formats are kept (bounded by the keys times the supported locales). */
  static int keptFormats() {
    return PATTERNS.keptFormats();
  }
}
