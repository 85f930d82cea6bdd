package vn.khaosat.survey.service.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Only a plain drawing gets into a document: a chart with anything active is refused. */
class TrustedSvgTest {

  private static final String CHART =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"10\" height=\"10\">"
          + "<title>Biểu đồ</title><desc>Mô tả</desc><g class=\"bars\"><rect width=\"5\""
          + " height=\"5\" fill=\"#1b7837\"/><text x=\"1\" y=\"9\">Huyện &lt;Đắk Song&gt;</text>"
          + "</g></svg>";

  @Test
  void aPlainChartIsKeptAsItIs() {
    assertEquals(Optional.of(CHART), TrustedSvg.check(CHART));
  }

  @Test
  void theChartsOfIndicatorsServiceAreKept() {
    for (String chart :
        new String[] {
          ChartSamples.scorecard(false), ChartSamples.series(false), ChartSamples.series(true)
        }) {
      assertEquals(Optional.of(chart), TrustedSvg.check(chart));
    }
  }

  @Test
  void anythingActiveOrForeignIsRefused() {
    for (String bad :
        new String[] {
          CHART.replace("</svg>", "<script>alert(1)</script></svg>"),
          CHART.replace("<rect ", "<rect onclick=\"alert(1)\" "),
          CHART.replace("<rect ", "<rect style=\"fill:url(http://x)\" "),
          CHART.replace("</g>", "</g><a href=\"http://x\"><text>x</text></a>"),
          CHART.replace("</g>", "</g><image href=\"http://x\"/>"),
          CHART.replace("</g>", "</g><foreignObject><p>x</p></foreignObject>"),
          "<?xml version=\"1.0\"?>" + CHART,
          "<!DOCTYPE svg [<!ENTITY x \"y\">]>" + CHART,
          CHART + "<script>alert(1)</script>",
          CHART.replace("http://www.w3.org/2000/svg", "urn:other"),
          // what the labels could not be placed by, or could reach out with
          CHART.replace("<g ", "<g transform=\"rotate(90)\" "),
          CHART.replace("<text ", "<text dx=\"5\" "),
          CHART.replace("fill=\"#1b7837\"", "fill=\"url(http://x/#p)\""),
          CHART.replace("<svg ", "<svg xmlns:xlink=\"http://www.w3.org/1999/xlink\" "),
          CHART.replace("<rect ", "<rect xml:base=\"http://x/\" "),
          CHART.replace("Huyện", "<tspan>Huyện</tspan>"),
          CHART.replace("<title>", "<title><rect/>"),
          CHART.replace("<svg ", "<g ").replace("</svg>", "</g>"),
          "<svg",
          ""
        }) {
      assertTrue(TrustedSvg.check(bad).isEmpty(), bad);
    }
    assertTrue(TrustedSvg.check(null).isEmpty());
  }
}
