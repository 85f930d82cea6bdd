package vn.khaosat.problem;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A message's pattern parsed once, shared by every caller: thread-safe. A pattern of plain {@code
 * {n}} elements formats text arguments by joining its literal parts and the arguments, as {@link
 * MessageFormat} would (its quoting already applied), without MessageFormat's per-call copy and
 * synchronized buffer: a scorecard formats three messages per target, and that was a tenth of its
 * CPU. Anything else (a typed element such as {@code {0,number}}, an argument that is not text,
 * which MessageFormat formats for the locale) goes through a copy of the MessageFormat.
 */
final class MessageTemplate {

  // private-use characters, which no bundle holds, mark where each argument goes
  private static final char OPEN = '\uE000';
  private static final char CLOSE = '\uE001';

  private final MessageFormat format;
  private final String[] literals;
  private final int[] arguments;

  MessageTemplate(String pattern, Locale locale) {
    this.format = new MessageFormat(pattern, locale);
    if (Arrays.stream(format.getFormats()).anyMatch(Objects::nonNull)) {
      this.literals = null;
      this.arguments = null;
      return;
    }
    Object[] markers = new Object[format.getFormatsByArgumentIndex().length];
    for (int i = 0; i < markers.length; i++) {
      markers[i] = OPEN + Integer.toString(i) + CLOSE;
    }
    String marked = ((MessageFormat) format.clone()).format(markers);
    List<String> parts = new ArrayList<>();
    List<Integer> indexes = new ArrayList<>();
    int from = 0;
    for (int open = marked.indexOf(OPEN); open >= 0; open = marked.indexOf(OPEN, from)) {
      int close = marked.indexOf(CLOSE, open);
      parts.add(marked.substring(from, open));
      indexes.add(Integer.parseInt(marked.substring(open + 1, close)));
      from = close + 1;
    }
    parts.add(marked.substring(from));
    this.literals = parts.toArray(String[]::new);
    this.arguments = indexes.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The message with the arguments put in, exactly as {@link MessageFormat#format} writes it. */
  String format(Object... args) {
    Object[] given = args == null ? new Object[0] : args;
    if (literals == null || !allText(given)) {
      return ((MessageFormat) format.clone()).format(given);
    }
    StringBuilder out = new StringBuilder(64);
    for (int i = 0; i < arguments.length; i++) {
      out.append(literals[i]);
      int index = arguments[i];
      // MessageFormat writes an element without its argument as it stands
      out.append(index < given.length ? String.valueOf(given[index]) : "{" + index + "}");
    }
    return out.append(literals[arguments.length]).toString();
  }

  private static boolean allText(Object[] args) {
    for (Object arg : args) {
      if (arg != null && !(arg instanceof String)) {
        return false;
      }
    }
    return true;
  }
}
