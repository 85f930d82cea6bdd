package vn.khaosat.problem;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Locale;

/** One invalid field, in the shape the validation problems use: field, where it is, message. */
public record FieldViolation(
    String field, String in, String message, @JsonIgnore String key, @JsonIgnore Object[] args) {

  FieldViolation localized(Locale locale) {
    return key == null
        ? this
        : new FieldViolation(field, in, Messages.format(locale, key, args), key, args);
  }
}
