package vn.khaosat.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import vn.khaosat.problem.InputFault;
import vn.khaosat.problem.SafeText;

/** A JSON string (value or key) that {@link SafeText} refuses; Jackson adds the field's path. */
public class UnsafeTextException extends JsonMappingException implements InputFault {

  private final transient SafeText.Flaw flaw;

  public UnsafeTextException(JsonParser parser, SafeText.Flaw flaw) {
    super(parser, "unsafe text: " + flaw.kind() + " at " + flaw.index());
    this.flaw = flaw;
  }

  @Override
  public String messageKey() {
    return "input.unsafeText." + flaw.kind();
  }

  @Override
  public Object[] args() {
    return new Object[] {flaw.index() + 1};
  }
}
