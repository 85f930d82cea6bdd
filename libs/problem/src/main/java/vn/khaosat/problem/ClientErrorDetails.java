package vn.khaosat.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Plain-language details for the client errors the framework raises before our code runs: a query
 * or path parameter that does not convert (JAX-RS calls that a 404; it is a 400), malformed JSON, a
 * JSON value of the wrong type or shape. Never a Java class name in the answer.
 */
final class ClientErrorDetails {

  /** What was wrong with a body: the detail, and the field at fault when there is one. */
  record BodyError(String detail, String field) {}

  private ClientErrorDetails() {}

  /** Whether the framework answered 404 only because a parameter did not convert. */
  static boolean isParameterConversion(Throwable cause) {
    return cause instanceof WebApplicationException web
        && web.getResponse().getStatus() == 404
        && web.getCause() != null;
  }

  static String parameter(Throwable cause, Locale locale) {
    String reason = firstLine(cause.getCause().getMessage());
    Matcher enumConstant = ENUM_CONSTANT.matcher(reason);
    Matcher number = NUMBER.matcher(reason);
    String value =
        enumConstant.matches() ? enumConstant.group(1) : number.matches() ? number.group(1) : null;
    return value != null
        ? Messages.format(locale, "problem.badParameterValue", SafeText.printable(value, 60))
        : Messages.format(locale, "problem.badParameter", SafeText.printable(reason, 200));
  }

  private static final Pattern ENUM_CONSTANT =
      Pattern.compile("No enum constant [\\w.$]+\\.(\\w+)");
  private static final Pattern NUMBER = Pattern.compile("For input string: \"(.*)\"");

  /** Whether Jackson stopped reading because the document passed a size limit. */
  static boolean isTooLarge(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof StreamConstraintsException) {
        return true;
      }
    }
    return false;
  }

  /** What was wrong with a body that Jackson could not read, if that is what happened. */
  static Optional<BodyError> body(Throwable cause, Locale locale) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof InputFault fault && t instanceof JsonMappingException mapping) {
        String field = path(mapping);
        Object[] args = new Object[fault.args().length + 1];
        args[0] = field;
        System.arraycopy(fault.args(), 0, args, 1, fault.args().length);
        return Optional.of(new BodyError(Messages.format(locale, fault.messageKey(), args), field));
      }
      if (t instanceof InvalidFormatException invalid) {
        return Optional.of(new BodyError(invalidValue(invalid, locale), path(invalid)));
      }
      if (t instanceof UnrecognizedPropertyException unknown) {
        String field = path(unknown);
        return Optional.of(
            new BodyError(Messages.format(locale, "problem.unknownField", field), field));
      }
      if (t instanceof MismatchedInputException mismatch) {
        String field = path(mismatch);
        String expected = expected(mismatch.getTargetType());
        return Optional.of(
            new BodyError(
                field.isEmpty()
                    ? Messages.format(locale, "problem.badShape", expected)
                    : Messages.format(locale, "problem.badFieldType", field, expected),
                field));
      }
      if (t instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
        String field = path(mapping);
        return Optional.of(
            new BodyError(Messages.format(locale, "problem.badField", field), field));
      }
      if (t instanceof JsonProcessingException json) {
        return Optional.of(
            new BodyError(
                Messages.format(
                    locale,
                    "problem.malformedJson",
                    SafeText.printable(firstLine(json.getOriginalMessage()), 200)),
                ""));
      }
    }
    return Optional.empty();
  }

  private static String invalidValue(InvalidFormatException invalid, Locale locale) {
    Class<?> type = invalid.getTargetType();
    String field = path(invalid);
    String value = SafeText.printable(invalid.getValue(), 60);
    if (type == String.class) {
      return Messages.format(locale, "problem.badFieldValueType", field, "string", value);
    }
    if (type != null && type.isEnum()) {
      String accepted =
          Arrays.stream(type.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "));
      return Messages.format(locale, "problem.badEnum", value, field, accepted);
    }
    return Messages.format(locale, "problem.badValue", value, field);
  }

  /** The JSON type a Java target expects, in the words of JSON and not of Java. */
  private static String expected(Class<?> type) {
    if (type == null) {
      return "JSON";
    }
    if (type == String.class || type.isEnum() || CharSequence.class.isAssignableFrom(type)) {
      return "string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "boolean";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "number";
    }
    if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
      return "array";
    }
    if (type.getPackageName().startsWith("java.time")) {
      return "string (ISO-8601)";
    }
    return "object";
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static String firstLine(String message) {
    String line = message == null ? "" : message.lines().findFirst().orElse("");
    return line.replaceAll("`[a-z][\\w.$]*\\.([A-Z]\\w*)`", "$1")
        .replaceAll("\\b(?:java|jakarta|com|org|io|vn)\\.[\\w.$]+\\.([A-Z]\\w*)", "$1");
  }
}
