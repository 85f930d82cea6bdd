package vn.khaosat.problem;

import java.util.Optional;

/**
 * Text that PostgreSQL, XML (the documents are rendered through XHTML) and every client can hold:
 * no NUL and no other C0 control character except tab, line feed and carriage return, no unpaired
 * surrogate, no U+FFFE or U+FFFF. PostgreSQL refuses NUL in text and the JDBC driver writes an
 * unpaired surrogate as "?", so both would otherwise end as a 500 or as silently changed data.
 */
public final class SafeText {

  /** What is wrong with a text, as a message key suffix and the offending position. */
  public record Flaw(String kind, int index) {}

  private SafeText() {}

  /** The first flaw of {@code text}, or empty when it is safe (null is safe). */
  public static Optional<Flaw> flaw(CharSequence text) {
    if (text == null) {
      return Optional.empty();
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        return Optional.of(new Flaw(c == 0 ? "nul" : "control", i));
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return Optional.of(new Flaw("surrogate", i));
      }
      if (Character.isLowSurrogate(c)) {
        return Optional.of(new Flaw("surrogate", i));
      }
      if (c == '\uFFFE' || c == '\uFFFF') {
        return Optional.of(new Flaw("noncharacter", i));
      }
    }
    return Optional.empty();
  }

  public static boolean isSafe(CharSequence text) {
    return flaw(text).isEmpty();
  }

  /**
   * A value fit to be echoed in a message: every flaw replaced by U+FFFD (a lone surrogate cannot
   * even be written as UTF-8) and cut to {@code max} characters.
   */
  public static String printable(Object value, int max) {
    String text = String.valueOf(value);
    StringBuilder out = new StringBuilder(Math.min(text.length(), max + 1));
    int i = 0;
    for (; i < text.length() && out.length() < max; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (isSafe(String.valueOf(c))) {
        out.append(c);
      } else {
        out.append('\uFFFD');
      }
    }
    return i < text.length() ? out.append('…').toString() : out.toString();
  }
}
