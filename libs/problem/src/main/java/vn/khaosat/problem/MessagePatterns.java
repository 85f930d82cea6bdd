package vn.khaosat.problem;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The message bundles read once per language, and each message's parsed {@link MessageTemplate}
 * kept per (locale, key): looking a bundle up and parsing a pattern on every call cost a quarter of
 * a scorecard's CPU. Bounded by the keys the bundles hold, times the supported locales (other
 * locales and unknown keys are not kept). Thread-safe: a template is shared by every caller.
 */
final class MessagePatterns {

  private static final List<String> BUNDLES = List.of("messages", "khaosat-problem-messages");
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ConcurrentMap<Locale, Map<String, String>> texts = new ConcurrentHashMap<>();
  private final ConcurrentMap<Locale, ConcurrentMap<String, MessageTemplate>> formats =
      new ConcurrentHashMap<>();
  private final List<Locale> cachedLocales;

  MessagePatterns(List<Locale> cachedLocales) {
    this.cachedLocales = List.copyOf(cachedLocales);
  }

  /** The text of a key in a language (English, else the Vietnamese base bundle), or null. */
  String text(Locale locale, String key) {
    return texts.computeIfAbsent(bundleLocale(locale), MessagePatterns::load).get(key);
  }

  /** The template of the key's text for the locale; null if absent. */
  MessageTemplate template(Locale locale, String key) {
    if (!cachedLocales.contains(locale)) {
      String pattern = text(locale, key);
      return pattern == null ? null : new MessageTemplate(pattern, locale);
    }
    ConcurrentMap<String, MessageTemplate> kept =
        formats.computeIfAbsent(locale, l -> new ConcurrentHashMap<>());
    MessageTemplate template = kept.get(key);
    if (template != null) {
      // the usual case: one lookup, not the bundle's text first
      return template;
    }
    String pattern = text(locale, key);
    return pattern == null
        ? null
        : kept.computeIfAbsent(key, k -> new MessageTemplate(pattern, locale));
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
