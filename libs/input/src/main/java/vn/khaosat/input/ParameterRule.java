package vn.khaosat.input;

import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.khaosat.problem.FieldViolation;
import vn.khaosat.problem.Messages;
import vn.khaosat.problem.SafeText;

/**
 * What one query or path parameter accepts, read once from the resource method's signature: its
 * Java type decides the form (a boolean is {@code true} or {@code false}, nothing else), its
 * {@code @Size} the length. Checked on the raw text, before JAX-RS converts it, so that a typo is a
 * 400 naming the parameter and never a silent default.
 */
record ParameterRule(String name, String in, Class<?> type, boolean multiple, int maxLength) {

  /** A text parameter without {@code @Size} still has a bound. */
  static final int DEFAULT_MAX_TEXT = 200;

  /** Numbers, dates and enum names are short. */
  static final int MAX_SCALAR = 40;

  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,19}");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?");
  private static final Pattern DATE = Pattern.compile("[1-9]\\d{3}-\\d{2}-\\d{2}");
  private static final Pattern MONTH = Pattern.compile("[1-9]\\d{3}-\\d{2}");

  static ParameterRule of(String name, String in, Type genericType, AnnotatedElement element) {
    Class<?> raw = raw(genericType);
    boolean multiple = Collection.class.isAssignableFrom(raw);
    Class<?> type = multiple ? element(genericType) : raw;
    Size size = element.getAnnotation(Size.class);
    int max =
        size != null
            ? size.max()
            : type == String.class || type == Object.class ? DEFAULT_MAX_TEXT : MAX_SCALAR;
    return new ParameterRule(name, in, type, multiple, max);
  }

  /** The first thing wrong with {@code value}, as a violation in the default language. */
  Optional<FieldViolation> check(String value) {
    var flaw = SafeText.flaw(value);
    if (flaw.isPresent()) {
      return violation("input.unsafeText." + flaw.get().kind(), flaw.get().index() + 1);
    }
    if (value.length() > maxLength) {
      return violation("input.param.tooLong", value.length(), maxLength);
    }
    String shown = SafeText.printable(value, 60);
    if (type == Boolean.class || type == boolean.class) {
      return value.equals("true") || value.equals("false")
          ? Optional.empty()
          : violation("input.param.boolean", shown);
    }
    if (isInteger()) {
      long[] range = range();
      boolean fits = INTEGER.matcher(value).matches() && fits(value, range);
      return fits ? Optional.empty() : violation("input.param.integer", shown, range[0], range[1]);
    }
    if (type == BigDecimal.class) {
      return DECIMAL.matcher(value).matches()
          ? Optional.empty()
          : violation("input.param.decimal", shown);
    }
    if (type == LocalDate.class || type == YearMonth.class || type == OffsetDateTime.class) {
      return date(value, shown);
    }
    if (type.isEnum()) {
      boolean known =
          Arrays.stream(type.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(value));
      return known ? Optional.empty() : violation("input.param.enum", shown, enumNames());
    }
    return Optional.empty();
  }

  private Optional<FieldViolation> date(String value, String shown) {
    try {
      if (type == LocalDate.class && DATE.matcher(value).matches()) {
        LocalDate.parse(value);
        return Optional.empty();
      }
      if (type == YearMonth.class && MONTH.matcher(value).matches()) {
        YearMonth.parse(value);
        return Optional.empty();
      }
      if (type == OffsetDateTime.class
          && value.length() > 10
          && DATE.matcher(value.substring(0, 10)).matches()) {
        OffsetDateTime.parse(value);
        return Optional.empty();
      }
    } catch (java.time.DateTimeException e) {
      // falls through to the violation
    }
    String form =
        type == LocalDate.class
            ? StrictDatesModule.DATE
            : type == YearMonth.class ? StrictDatesModule.MONTH : StrictDatesModule.DATE_TIME;
    return violation("input.param.date", shown, form);
  }

  private boolean isInteger() {
    return type == Integer.class
        || type == int.class
        || type == Long.class
        || type == long.class
        || type == Short.class
        || type == short.class;
  }

  private long[] range() {
    if (type == Long.class || type == long.class) {
      return new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
    }
    if (type == Short.class || type == short.class) {
      return new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
    }
    return new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
  }

  private static boolean fits(String value, long[] range) {
    try {
      long n = Long.parseLong(value);
      return n >= range[0] && n <= range[1];
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private String enumNames() {
    return Arrays.stream(type.getEnumConstants())
        .map(c -> ((Enum<?>) c).name())
        .collect(Collectors.joining(", "));
  }

  Optional<FieldViolation> violation(String key, Object... details) {
    Object[] args = new Object[details.length + 1];
    args[0] = name;
    System.arraycopy(details, 0, args, 1, details.length);
    String message = Messages.format(Messages.DEFAULT_LOCALE, key, args);
    return Optional.of(new FieldViolation(name, in, message, key, args));
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return Object.class;
  }

  private static Class<?> element(Type type) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
      return raw(p.getActualTypeArguments()[0]);
    }
    return String.class;
  }
}
