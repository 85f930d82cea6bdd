package vn.khaosat.problem;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The message bundles read once per language, and each message's parsed {@link MessageFormat} kept
 * per (locale, key): looking a bundle up and parsing a pattern on every call cost a quarter of a
 * scorecard's CPU. Bounded by the keys the bundles hold, times the supported locales (other locales
 * and unknown keys are not kept). Thread-safe: a kept format is cloned before it formats, as {@link
 * MessageFormat} is not.
 */
final class MessagePatterns {

  private static final List<String> BUNDLES = List.of("messages", "khaosat-problem-messages");
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ConcurrentMap<Locale, Map<String, String>> texts = new ConcurrentHashMap<>();
  private final ConcurrentMap<Locale, ConcurrentMap<String, MessageFormat>> formats =
      new ConcurrentHashMap<>();
  private final List<Locale> cachedLocales;

  MessagePatterns(List<Locale> cachedLocales) {
    this.cachedLocales = List.copyOf(cachedLocales);
  }

  /** The text of a key in a language (English, else the Vietnamese base bundle), or null. */
  String text(Locale locale, String key) {
    return texts.computeIfAbsent(bundleLocale(locale), MessagePatterns::load).get(key);
  }

  /**
   * A format of the key's text for the locale, not shared with any other caller; null if absent.
   */
  MessageFormat format(Locale locale, String key) {
    String pattern = text(locale, key);
    if (pattern == null) {
      return null;
    }
    if (!cachedLocales.contains(locale)) {
      return new MessageFormat(pattern, locale);
    }
    MessageFormat kept =
        formats
            .computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
            .computeIfAbsent(key, k -> new MessageFormat(pattern, locale));
    return (MessageFormat) kept.clone();
  }

  /** How many parsed formats are kept, for the test of the bound. */
  int keptFormats() {
    return formats.values().stream().mapToInt(Map::size).sum();
  }

  private static Locale bundleLocale(Locale locale) {
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
  }

  // A service's own bundle first, then the library's; a bundle's keys include its parent's.
  private static Map<String, String> load(Locale bundleLocale) {
    Map<String, String> all = new HashMap<>();
    for (String name : BUNDLES) {
      try {
        ResourceBundle bundle = ResourceBundle.getBundle(name, bundleLocale, NO_FALLBACK);
        for (String key : bundle.keySet()) {
          all.putIfAbsent(key, bundle.getString(key));
        }
      } catch (MissingResourceException absent) {
        // this bundle does not exist in this application: try the next one
      }
    }
    return Map.copyOf(all);
  }
}
