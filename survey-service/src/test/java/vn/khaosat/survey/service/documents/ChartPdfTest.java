package vn.khaosat.survey.service.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import vn.khaosat.survey.service.documents.PdfWords.Phrase;

/**
 * An inline SVG chart in the PDF, without the container: its labels are text of the page in the
 * embedded Liberation Serif, at the place, anchor and colour the SVG gives them, on A4.
 */
class ChartPdfTest {

  /** The chart's left and top on the page: the page's margins (30 mm, 20 mm), in points. */
  private static final float LEFT = 30 / 25.4f * 72;

  private static final float TOP = 20 / 25.4f * 72;

  /** Points per SVG unit: 760 units drawn 160 mm wide. */
  private static final float SCALE = 160 / 25.4f * 72 / 760;

  private static final float NEAR = 1.5f;

  private final PdfWriter writer = new PdfWriter();

  private static String page(String... charts) {
    return """
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml"><head><style>
        @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
        body { font-family: 'Liberation Serif'; font-size: 14pt; margin: 0; }
        svg { display: block; width: 160mm; height: auto; margin: 0; }
        </style></head><body>"""
        + String.join("", charts)
        + "</body></html>";
  }

  private byte[] render(String html) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(html, out);
    // kept for a look (pdftoppm, pdffonts, pdftotext): the last one rendered
    java.nio.file.Files.write(
        java.nio.file.Path.of("target", "chart-sample.pdf"), out.toByteArray());
    return out.toByteArray();
  }

  @Test
  void theLabelsOfAScorecardAreTextWhereTheSvgPutsThemInItsColours() throws IOException {
    byte[] pdf = render(page(ChartSamples.scorecard(false), ChartSamples.series(false)));
    PdfCheck check = PdfCheck.read(pdf);
    assertEquals(1, check.pages());
    PdfWords words = PdfWords.read(pdf);

    // text-anchor=end at x=300: the label ends there
    Phrase label = words.find("Thu ngân sách nhà nước");
    assertEquals(LEFT + 300 * SCALE, label.right(), NEAR);
    assertEquals(TOP + 67 * SCALE, label.baseline(), NEAR);
    assertEquals(0x000000, label.rgb());
    assertTrue(label.font().endsWith("+LiberationSerif"), label.font());
    // start (the default) at x=566, in the bar's colour
    Phrase value = words.find("137,30 % · Vượt");
    assertEquals(LEFT + 566 * SCALE, value.left(), NEAR);
    assertEquals(0x1b7837, value.rgb());
    Phrase notMet = words.find("65,90 % · Chưa đạt");
    assertEquals(LEFT + 436 * SCALE, notMet.left(), NEAR);
    assertEquals(0xb2182b, notMet.rgb());
    // middle at x=380, bold 15: the title, centred on the chart
    Phrase title = words.find("Kết quả thực hiện chỉ tiêu – Huyện Đắk Song");
    assertTrue(title.font().endsWith("+LiberationSerif-Bold"), title.font());
    Phrase reference = words.find("100 % (mức chỉ tiêu)");
    assertEquals(
        LEFT + 492.1f * SCALE, (reference.left() + reference.right()) / 2, NEAR, "centred");
  }

  @Test
  void aSeriesChartsYearsTargetAndLatestStatusAreText() throws IOException {
    byte[] pdf = render(page(ChartSamples.series(false)));
    PdfCheck.read(pdf);
    PdfWords words = PdfWords.read(pdf);

    Phrase year = words.find("2018");
    assertEquals(LEFT + 390 * SCALE, (year.left() + year.right()) / 2, NEAR);
    assertEquals(TOP + 318 * SCALE, year.baseline(), NEAR);
    assertEquals(LEFT + 700 * SCALE, words.find("Mục tiêu: 10").right(), NEAR);
    Phrase latest = words.find("Năm 2019: 11,4 – Vượt");
    assertEquals(0x1b7837, latest.rgb());
    assertTrue(latest.font().endsWith("+LiberationSerif-Bold"), latest.font());
  }

  @Test
  void aPageHoldingOnlyAChartStillHasItsFontEmbeddedAndIsA4() throws IOException {
    // four tall charts: a page holds nothing but a chart (PdfCheck: A4, a font on every page)
    String series = ChartSamples.series(false);
    PdfCheck check = PdfCheck.read(render(page(series, series, series, series)));
    assertTrue(check.pages() >= 2, "pages: " + check.pages());
    check.assertContains("Năm 2019: 11,4 – Vượt");
    assertTrue(check.fontNames().stream().allMatch(f -> f.contains("LiberationSerif")));
  }
}
