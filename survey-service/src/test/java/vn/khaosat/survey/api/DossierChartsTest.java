package vn.khaosat.survey.api;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import vn.khaosat.survey.UpstreamWireMock;
import vn.khaosat.survey.service.documents.ChartSamples;
import vn.khaosat.survey.service.documents.PdfCheck;
import vn.khaosat.survey.service.documents.PdfWords;

/**
 * The dossier's charts in the minutes and the notice, HTML and PDF, with the indicators-service
 * stand-in drawing them: in HTML the SVG it returned, as it returned it; in the PDF its labels as
 * text in the embedded font, in their colours, on A4 pages that all carry a font. When a chart
 * cannot be had the document still renders, with a note in its place.
 */
@QuarkusTest
class DossierChartsTest {

  private static final String SVG = "http://www.w3.org/2000/svg";
  private static final String CAPTION = "Biểu đồ kết quả thực hiện chỉ tiêu (số liệu năm";
  private static final String SERIES = "Biểu đồ diễn biến: Tốc độ tăng trưởng kinh tế";
  private static final String DOWN = "chưa vẽ được vì hệ thống chỉ tiêu không trả lời";
  private static final String ABSENT = "hệ thống chỉ tiêu không có số liệu để vẽ";
  private static final String REFUSED = "có nội dung không được phép";
  private static final String[] DOCUMENTS = {"/minutes", "/conclusion-notice"};

  @Inject CircuitBreakerMaintenance circuitBreakers;

  @BeforeEach
  @AfterEach
  void closeTheCircuits() {
    circuitBreakers.resetAll();
  }

  private static String withDossier(String unit) {
    long session = Api.createSession(unit);
    String base = "/api/surveys/" + session;
    Api.admin().post(base + "/dossier").then().statusCode(201);
    return base;
  }

  /** The document as HTML, asked for by a reader of English. */
  private static String html(String path) {
    return Api.viewer()
        .accept("text/html")
        .header("Accept-Language", "en")
        .header("X-Request-Id", "charts-html")
        .get(path)
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  private static byte[] pdf(String path) {
    return Api.viewer()
        .accept("application/pdf")
        .header("Accept-Language", "en")
        .get(path)
        .then()
        .statusCode(200)
        .extract()
        .asByteArray();
  }

  private static List<Element> charts(String page) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    NodeList svgs =
        factory
            .newDocumentBuilder()
            .parse(new InputSource(new StringReader(page)))
            .getElementsByTagNameNS(SVG, "svg");
    List<Element> charts = new ArrayList<>();
    for (int i = 0; i < svgs.getLength(); i++) {
      charts.add((Element) svgs.item(i));
    }
    return charts;
  }

  /** The attribute {@code name} of each {@code element} of the chart with class {@code css}. */
  private static List<String> read(Element chart, String element, String css, String name) {
    NodeList nodes = chart.getElementsByTagNameNS(SVG, element);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      if ((" " + e.getAttribute("class") + " ").contains(" " + css + " ")) {
        values.add(name.equals("#text") ? e.getTextContent() : e.getAttribute(name));
      }
    }
    return values;
  }

  @Test
  void theChartsAreInTheMinutesAndTheNoticeAsHtmlAndPdf() throws Exception {
    String unit = Api.unit("CHSER");
    String base = withDossier(unit);
    for (String document : DOCUMENTS) {
      String page = html(base + document);
      assertTrue(page.contains(CAPTION) && page.contains(SERIES), document);
      // inlined as indicators-service drew it: the scorecard, then one series per indicator
      assertTrue(page.contains(ChartSamples.scorecard(false)), () -> document + page);
      List<Element> charts = charts(page);
      assertEquals(3, charts.size(), document);
      Element scorecard = charts.get(0);
      assertEquals(List.of("137.30", "65.90"), read(scorecard, "rect", "bar", "data-ratio"));
      assertEquals(
          List.of(ChartSamples.EXCEEDED, ChartSamples.NOT_MET),
          read(scorecard, "rect", "bar", "fill"));
      assertEquals(
          List.of("137,30 % · Vượt", "65,90 % · Chưa đạt"),
          read(scorecard, "text", "bar-value", "#text"));
      assertEquals(
          List.of(ChartSamples.EXCEEDED, ChartSamples.NOT_MET),
          read(scorecard, "text", "bar-value", "fill"));
      for (Element series : charts.subList(1, 3)) {
        assertEquals(
            List.of("183.3,156 390,138 596.7,95.2"), read(series, "polyline", "series", "points"));
        assertEquals(List.of(ChartSamples.EXCEEDED), read(series, "circle", "latest", "fill"));
        assertEquals(List.of("2017", "2018", "2019"), read(series, "text", "year", "#text"));
      }
      // the documents are Vietnamese whatever the reader's language: so are their charts
      assertFalse(page.contains("Exceeded") || page.contains("State budget revenue"), document);
      assertFalse(page.contains(DOWN) || page.contains(ABSENT), document);

      byte[] bytes = pdf(base + document);
      // kept for a look (pdftoppm, pdffonts, pdftotext)
      String kept = "target/charts" + document.replace('/', '-');
      Files.writeString(Path.of(kept + ".html"), page);
      Files.write(Path.of(kept + ".pdf"), bytes);
      PdfCheck pdf = PdfCheck.read(bytes); // A4, and an embedded font on every page
      pdf.assertContains(CAPTION);
      pdf.assertContains(SERIES);
      pdf.assertContains("Thu ngân sách nhà nước");
      pdf.assertContains("100 % (mức chỉ tiêu)");
      pdf.assertContains("Năm 2019: 11,4 – Vượt");
      pdf.assertLacks("Exceeded");
      assertTrue(pdf.fontNames().stream().allMatch(f -> f.contains("LiberationSerif")));
      PdfWords words = PdfWords.read(bytes);
      assertEquals(0x1b7837, words.find("137,30 % · Vượt").rgb(), document);
      assertEquals(0xb2182b, words.find("65,90 % · Chưa đạt").rgb(), document);
      assertTrue(words.find("Mục tiêu: 10").font().endsWith("+LiberationSerif"), document);
    }
    var indicators = UpstreamWireMock.indicatorsClient();
    indicators.verifyThat(
        getRequestedFor(urlPathEqualTo("/api/charts/scorecard"))
            .withQueryParam("unit", equalTo(unit))
            .withQueryParam("term", equalTo("2015-2020"))
            .withHeader("Accept-Language", equalTo("vi"))
            // the caller's token and request id still travel with it
            .withHeader("Authorization", matching("Bearer .+"))
            .withHeader("X-Request-Id", equalTo("charts-html")));
    for (String indicator : new String[] {"GDP_GROWTH", "POOR_RATE"}) {
      indicators.verifyThat(
          getRequestedFor(urlPathEqualTo("/api/charts/indicator-series"))
              .withQueryParam("indicator", equalTo(indicator))
              .withQueryParam("unit", equalTo(unit))
              .withHeader("Accept-Language", equalTo("vi")));
    }
    indicators.verifyThat(
        0,
        getRequestedFor(urlPathEqualTo("/api/charts/scorecard"))
            .withHeader("Accept-Language", equalTo("en")));
  }

  @Test
  void indicatorsDownTheDocumentsStillRenderWithANoteInPlaceOfTheChart() throws Exception {
    String base = withDossier(Api.unit("CHDN"));
    for (String document : DOCUMENTS) {
      String page = html(base + document);
      assertTrue(page.contains(DOWN), document);
      assertFalse(page.contains("<svg"), document);
      PdfCheck pdf = PdfCheck.read(pdf(base + document));
      pdf.assertContains(DOWN);
      pdf.assertLacks("137,30 %");
    }
  }

  @Test
  void aChartThatIsNotThereOrNotTrustedLeavesItsNote() throws Exception {
    for (String[] c : new String[][] {{"CHNONE", ABSENT}, {"CHBAD", REFUSED}}) {
      String base = withDossier(Api.unit(c[0]));
      for (String document : DOCUMENTS) {
        String page = html(base + document);
        assertTrue(page.contains(CAPTION + " 20") && page.contains(c[1]), c[0] + document);
        assertFalse(page.contains("<svg") || page.contains("alert(1)"), c[0] + document);
        PdfCheck.read(pdf(base + document)).assertContains(c[1]);
      }
    }
  }
}
