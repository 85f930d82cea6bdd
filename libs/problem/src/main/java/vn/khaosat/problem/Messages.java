package vn.khaosat.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Message texts in Vietnamese (the default) and English. A service's own {@code messages} bundle is
 * searched first, then this library's {@code khaosat-problem-messages}.
 */
public final class Messages {

  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  public static final Locale DEFAULT_LOCALE = VIETNAMESE;
  public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

  private static final List<String> BUNDLES = List.of("messages", "khaosat-problem-messages");
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

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
    String pattern = lookup(locale, key);
    if (pattern == null) {
      return key;
    }
    return new MessageFormat(pattern, locale).format(plainIntegers(args));
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
    Locale bundleLocale =
        Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
    for (String name : BUNDLES) {
      try {
        ResourceBundle bundle = ResourceBundle.getBundle(name, bundleLocale, NO_FALLBACK);
        if (bundle.containsKey(key)) {
          return bundle.getString(key);
        }
      } catch (MissingResourceException absent) {
        // this bundle does not exist in this application: try the next one
      }
    }
    return null;
  }
}
