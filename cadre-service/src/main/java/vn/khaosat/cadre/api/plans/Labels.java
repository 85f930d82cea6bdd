package vn.khaosat.cadre.api.plans;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.khaosat.problem.Messages;

/**
 * Words for the codes that findings carry as arguments ("INTERMEDIATE",
 * "SECRETARY,DEPUTY_SECRETARY"), so a detail reads "trung cấp" rather than a constant. Codes
 * without a label stay as they are.
 */
final class Labels {

  private static final Pattern CODES = Pattern.compile("[A-Z_]+(,[A-Z_]+)*");
  private static final Pattern DECIMAL = Pattern.compile("\\d+\\.\\d+");

  private Labels() {}

  static Object[] of(List<Object> arguments, Locale locale) {
    return arguments.stream().map(a -> label(a, locale)).toArray();
  }

  private static Object label(Object argument, Locale locale) {
    if (argument instanceof String text && DECIMAL.matcher(text).matches()) {
      return decimal(new BigDecimal(text), locale);
    }
    if (!(argument instanceof String text) || !CODES.matcher(text).matches()) {
      return argument;
    }
    return Arrays.stream(text.split(","))
        .map(
            code -> {
              String key = "label." + code;
              String label = Messages.format(locale, key);
              return label.equals(key) ? code : label;
            })
        .collect(Collectors.joining(", "));
  }

  /** "40.0" reads "40,0" in Vietnamese, with the digits it was given. */
  private static String decimal(BigDecimal value, Locale locale) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setGroupingUsed(false);
    format.setMinimumFractionDigits(value.scale());
    format.setMaximumFractionDigits(value.scale());
    return format.format(value);
  }
}
