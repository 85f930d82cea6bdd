package vn.khaosat.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Plain-language details for the client errors the framework raises before our code runs: a query
 * or path parameter that does not convert (JAX-RS calls that a 404; it is a 400), malformed JSON,
 * and a JSON value of the wrong type. Never a Java class name in the answer.
 */
final class ClientErrorDetails {

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
        ? Messages.format(locale, "problem.badParameterValue", value)
        : Messages.format(locale, "problem.badParameter", reason);
  }

  private static final Pattern ENUM_CONSTANT =
      Pattern.compile("No enum constant [\\w.$]+\\.(\\w+)");
  private static final Pattern NUMBER = Pattern.compile("For input string: \"(.*)\"");

  /** A detail for a body that Jackson could not read, if that is what happened. */
  static Optional<String> body(Throwable cause, Locale locale) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof InvalidFormatException invalid) {
        return Optional.of(invalidValue(invalid, locale));
      }
      if (t instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
        return Optional.of(Messages.format(locale, "problem.badField", path(mapping)));
      }
      if (t instanceof JsonProcessingException json) {
        return Optional.of(
            Messages.format(locale, "problem.malformedJson", firstLine(json.getOriginalMessage())));
      }
    }
    return Optional.empty();
  }

  private static String invalidValue(InvalidFormatException invalid, Locale locale) {
    Class<?> type = invalid.getTargetType();
    String field = path(invalid);
    if (type != null && type.isEnum()) {
      String accepted =
          Arrays.stream(type.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "));
      return Messages.format(locale, "problem.badEnum", invalid.getValue(), field, accepted);
    }
    return Messages.format(locale, "problem.badValue", invalid.getValue(), field);
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."));
  }

  private static String firstLine(String message) {
    String line = message == null ? "" : message.lines().findFirst().orElse("");
    return line.replaceAll("`[a-z][\\w.$]*\\.([A-Z]\\w*)`", "$1");
  }
}
