package vn.khaosat.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import vn.khaosat.problem.SafeText;

/**
 * Checks every string Jackson reads, values and map keys, with {@link SafeText}: the one place a
 * NUL or an unpaired surrogate in a body is refused, whatever record it was meant for.
 */
final class SafeTextModule extends SimpleModule {

  SafeTextModule() {
    super("khaosat-safe-text");
    addDeserializer(String.class, new CheckedStrings());
    addKeyDeserializer(String.class, new CheckedKeys());
  }

  private static final class CheckedStrings extends StringDeserializer {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return checked(p, super.deserialize(p, ctxt));
    }
  }

  private static final class CheckedKeys extends KeyDeserializer {
    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      return checked(ctxt.getParser(), key);
    }
  }

  private static String checked(JsonParser p, String text) throws UnsafeTextException {
    var flaw = SafeText.flaw(text);
    if (flaw.isPresent()) {
      throw new UnsafeTextException(p, flaw.get());
    }
    return text;
  }
}
