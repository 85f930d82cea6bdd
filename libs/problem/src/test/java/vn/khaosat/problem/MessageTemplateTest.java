package vn.khaosat.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A template writes what MessageFormat writes, for the bundles' patterns and the tricky ones. */
class MessageTemplateTest {

  private static final Object[] TEXTS = {"A", "b'c", "{9}", null, "đ", "5"};

  @ParameterizedTest
  @ValueSource(
      strings = {
        "plain",
        "{0}",
        "{0}{1}",
        "a {1} b {0} c {1}",
        "it''s {0}",
        "'{0}' is quoted, {0} is not",
        "'quoted ''inside'' {1}' then {2}",
        "{5} and {7}: fewer arguments than elements",
        "a brace '{' alone",
        "",
        "{0,number} typed",
        "{0,choice,0#none|1#one} typed"
      })
  void writesWhatMessageFormatWrites(String pattern) {
    for (Locale locale : Messages.SUPPORTED) {
      MessageTemplate template = new MessageTemplate(pattern, locale);
      if (!pattern.endsWith("typed")) {
        // text into a typed element is MessageFormat's own error
        assertEquals(new MessageFormat(pattern, locale).format(TEXTS), template.format(TEXTS));
      }
      Object[] numbers = {new BigDecimal("1234.5"), 2, 3L};
      assertEquals(new MessageFormat(pattern, locale).format(numbers), template.format(numbers));
      assertEquals(
          new MessageFormat(pattern, locale).format(new Object[0]),
          template.format((Object[]) null));
    }
  }

  @Test
  void writesEveryBundledMessageAsMessageFormatDoes() {
    int checked = 0;
    for (Locale locale : Messages.SUPPORTED) {
      ResourceBundle messages =
          ResourceBundle.getBundle(
              "khaosat-problem-messages",
              locale,
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      for (String key : messages.keySet()) {
        String pattern = messages.getString(key);
        assertEquals(
            new MessageFormat(pattern, locale).format(TEXTS),
            new MessageTemplate(pattern, locale).format(TEXTS),
            key);
        checked++;
      }
    }
    assertTrue(checked > 20, "too few messages checked: " + checked);
  }
}
