package vn.khaosat.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import vn.khaosat.problem.InputFault;
import vn.khaosat.problem.SafeText;

/** A JSON value that is not a date in the ISO form the field takes. */
public class BadDateException extends JsonMappingException implements InputFault {

  private final String value;
  private final String format;

  BadDateException(JsonParser parser, String value, String format) {
    super(parser, "not a date in the form " + format);
    this.value = SafeText.printable(value, 40);
    this.format = format;
  }

  @Override
  public String messageKey() {
    return "input.badDate";
  }

  @Override
  public Object[] args() {
    return new Object[] {value, format};
  }
}
