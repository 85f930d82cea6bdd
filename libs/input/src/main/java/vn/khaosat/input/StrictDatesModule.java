package vn.khaosat.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Dates only as ISO-8601 text with a four-digit year from 1000 to 9999: {@code 2019-11-28}, {@code
 * 2020-06}, {@code 2019-11-28T08:00:00+07:00}. Never a number (Jackson would read 20191128 as a day
 * in the year 57275), never a year PostgreSQL cannot store.
 */
final class StrictDatesModule extends SimpleModule {

  static final String DATE = "yyyy-MM-dd";
  static final String MONTH = "yyyy-MM";
  static final String DATE_TIME = "yyyy-MM-ddTHH:mm:ss+07:00";

  StrictDatesModule() {
    super("khaosat-strict-dates");
    addDeserializer(
        LocalDate.class,
        new Strict<>(Pattern.compile("[1-9]\\d{3}-\\d{2}-\\d{2}"), DATE, LocalDate::parse));
    addDeserializer(
        YearMonth.class,
        new Strict<>(Pattern.compile("[1-9]\\d{3}-\\d{2}"), MONTH, YearMonth::parse));
    addDeserializer(
        OffsetDateTime.class,
        new Strict<>(
            Pattern.compile(
                "[1-9]\\d{3}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})"),
            DATE_TIME,
            OffsetDateTime::parse));
  }

  private static final class Strict<T> extends JsonDeserializer<T> {

    private final Pattern shape;
    private final String format;
    private final Function<String, T> parse;

    Strict(Pattern shape, String format, Function<String, T> parse) {
      this.shape = shape;
      this.format = format;
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw new BadDateException(p, p.getText(), format);
      }
      String text = p.getText();
      if (!shape.matcher(text).matches()) {
        throw new BadDateException(p, text, format);
      }
      try {
        return parse.apply(text);
      } catch (DateTimeParseException e) {
        throw new BadDateException(p, text, format);
      }
    }
  }
}
