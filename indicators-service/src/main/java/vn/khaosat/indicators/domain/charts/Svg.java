package vn.khaosat.indicators.domain.charts;

import java.math.BigDecimal;

/**
 * A small SVG writer: elements with attributes and escaped text, nothing else, so a chart can carry
 * no script and user data (a unit's name) can never close a tag. Attributes are written as a spec,
 * {@code "class=grid x1=%s y1=%s"}: the names and fixed values are the code's, every {@code %s} is
 * one argument, escaped; an attribute whose argument is null is left out.
 */
public final class Svg {

  private final StringBuilder out = new StringBuilder(4096);

  /** Opens an element. */
  public Svg open(String name, String spec, Object... args) {
    out.append('<').append(name);
    attributes(spec, args);
    out.append('>');
    return this;
  }

  public Svg close(String name) {
    out.append("</").append(name).append('>');
    return this;
  }

  /** An element without content. */
  public Svg empty(String name, String spec, Object... args) {
    out.append('<').append(name);
    attributes(spec, args);
    out.append("/>");
    return this;
  }

  /** An element holding only text. */
  public Svg text(String name, String text, String spec, Object... args) {
    open(name, spec, args);
    out.append(escape(text));
    return close(name);
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private void attributes(String spec, Object[] args) {
    int next = 0;
    for (String pair : spec.isBlank() ? new String[0] : spec.trim().split("\\s+")) {
      int equals = pair.indexOf('=');
      String name = pair.substring(0, equals);
      String value = pair.substring(equals + 1);
      if (value.equals("%s")) {
        Object arg = args[next++];
        if (arg == null) {
          continue;
        }
        value = arg instanceof Double d ? coordinate(d) : String.valueOf(arg);
      }
      out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
    }
    if (next != args.length) {
      throw new IllegalArgumentException("more arguments than %s in " + spec);
    }
  }

  /** Text safe in XML content and in a double-quoted attribute. */
  public static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** A pixel with at most two decimals, dot separated as SVG wants. */
  public static String coordinate(double value) {
    return BigDecimal.valueOf(Math.round(value * 100) / 100.0).stripTrailingZeros().toPlainString();
  }
}
