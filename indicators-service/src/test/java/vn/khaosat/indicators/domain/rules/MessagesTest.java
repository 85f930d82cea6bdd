package vn.khaosat.indicators.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.khaosat.indicators.domain.rules.Fixtures.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Number formatting and the message bundles of both languages. */
class MessagesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1234567.891|1.234.567,891|1,234,567.891",
        "-1234.5|-1.234,5|-1,234.5",
        "8.25|8,25|8.25",
        "100|100|100",
        "0.05|0,05|0.05"
      })
  void numbersUseTheLanguageSeparators(String value, String vi, String en) {
    assertEquals(vi, Messages.of(VI).number(bd(value)));
    assertEquals(en, Messages.of(EN).number(bd(value)));
  }

  @Test
  void compactDropsTrailingZeros() {
    assertEquals("8", Messages.of(VI).compact(bd("8.00")));
    assertEquals("1.600", Messages.of(VI).compact(bd("1600")));
    assertEquals("0,5", Messages.of(VI).compact(bd("0.50")));
  }

  @Test
  void onlyVietnameseSelectsVietnamese() {
    assertTrue(Messages.isVietnamese(new Locale("vi", "VN")));
    assertFalse(Messages.isVietnamese(Locale.FRENCH));
    assertFalse(Messages.isVietnamese(null));
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    assertEquals(keysOf("messages.properties"), keysOf("messages_en.properties"));
  }

  /** The keys of a bundle of the service's: rules.* for the rules, enum.* for the labels. */
  private static Set<String> keysOf(String bundle) throws IOException {
    Properties texts = new Properties();
    try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(bundle)) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return texts.stringPropertyNames();
  }

  @Test
  void everyReasonHasATextInBothLanguages() {
    for (String code :
        new String[] {
          Reasons.MISSING_VALUE,
          Reasons.MISSING_BASE,
          Reasons.MISSING_TOTAL,
          Reasons.MISSING_REFERENCE,
          Reasons.MIXED_POVERTY_STANDARDS,
          Reasons.ZERO_BASE,
          Reasons.ZERO_TOTAL,
          Reasons.ZERO_REFERENCE,
          Reasons.ZERO_VALUE,
          Reasons.NEGATIVE_RATIO
        }) {
      assertFalse(Messages.of(VI).reason(code + ":2019").isBlank());
      assertFalse(Messages.of(EN).reason(code).isBlank());
    }
  }
}
