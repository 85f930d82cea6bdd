package vn.khaosat.indicators.domain.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SvgTest {

  @Test
  void textAndAttributesAreEscapedAndNullAttributesLeftOut() {
    String svg =
        new Svg()
            .text("text", "<script>&\"'", "class=label x=%s data-none=%s", 1.005, null)
            .toString();
    assertEquals(
        "<text class=\"label\" x=\""
            + Svg.coordinate(1.005)
            + "\">&lt;script&gt;&amp;&quot;&apos;</text>",
        svg);
    assertEquals(
        "<a title=\"&quot;&gt;&lt;b\"/>", new Svg().empty("a", "title=%s", "\"><b").toString());
  }

  @Test
  void coordinatesHaveAtMostTwoDecimals() {
    assertEquals("12.35", Svg.coordinate(12.3456));
    assertEquals("300", Svg.coordinate(300.0));
    assertEquals("-4.5", Svg.coordinate(-4.5));
  }

  @Test
  void aSpecNeedsOneArgumentPerPlaceholder() {
    assertThrows(IllegalArgumentException.class, () -> new Svg().empty("a", "x=1", 2));
  }

  @Test
  void numbersFollowTheReadersLanguage() {
    assertEquals(
        "1.137,3", ChartNumbers.format(new BigDecimal("1137.3"), Locale.forLanguageTag("vi")));
    assertEquals("1,137.3", ChartNumbers.format(new BigDecimal("1137.3"), Locale.ENGLISH));
    assertEquals("8,25", ChartNumbers.format(new BigDecimal("8.25"), null));
    assertEquals("-1.000", ChartNumbers.format(new BigDecimal("-1000"), null));
  }

  @Test
  void aLongLabelIsCutWithAnEllipsis() {
    assertEquals("Thu ngâ…", ChartFrame.cut("Thu ngân sách", 8));
    assertEquals("ngắn", ChartFrame.cut("ngắn", 8));
  }
}
