package vn.khaosat.survey.api;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.khaosat.survey.UpstreamWireMock;
import vn.khaosat.survey.service.documents.PdfCheck;

/**
 * The dossier's charts in the minutes and the notice, HTML and PDF, with the indicators-service
 * stand-in drawing them: the chart is there (its labels text of the PDF, fonts embedded, A4), and
 * when indicators-service cannot draw it the document still renders, with a note in its place.
 */
@QuarkusTest
class DossierChartsTest {

  private static final String CAPTION = "Biểu đồ kết quả thực hiện chỉ tiêu (số liệu năm";
  private static final String NOTE = "chưa vẽ được vì hệ thống chỉ tiêu không trả lời";

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

  private static String html(String path) {
    return Api.viewer()
        .accept("text/html")
        .header("Accept-Language", "en")
        .get(path)
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  private static PdfCheck pdf(String path) throws Exception {
    byte[] bytes =
        Api.viewer()
            .accept("application/pdf")
            .get(path)
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    // kept for a look (pdftoppm, pdffonts): the last one rendered
    String name =
        path.substring(path.lastIndexOf('/') + 1) + (path.contains("CHDN") ? "-down" : "");
    java.nio.file.Files.write(java.nio.file.Path.of("target", name + ".pdf"), bytes);
    return PdfCheck.read(bytes);
  }

  @Test
  void theScorecardChartIsInTheMinutesAndTheNoticeAsHtmlAndPdf() throws Exception {
    String unit = Api.unit();
    String base = withDossier(unit);
    for (String document : new String[] {"/minutes", "/conclusion-notice"}) {
      String page = html(base + document);
      assertTrue(page.contains(CAPTION), document);
      assertTrue(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), document);
      assertTrue(page.contains("137,30 % · Vượt"), document);
      assertTrue(page.contains("role=\"img\""), document);
      assertFalse(page.contains(NOTE), document);
      PdfCheck pdf = pdf(base + document);
      pdf.assertContains(CAPTION);
      pdf.assertLacks(NOTE);
      assertTrue(pdf.fontNames().stream().allMatch(f -> f.contains("LiberationSerif")));
    }
    // the documents are Vietnamese whatever the caller reads: so are their charts
    UpstreamWireMock.indicatorsClient()
        .verifyThat(
            getRequestedFor(urlPathEqualTo("/api/charts/scorecard"))
                .withQueryParam("unit", equalTo(unit))
                .withQueryParam("term", equalTo("2015-2020"))
                .withHeader("Accept-Language", equalTo("vi")));
  }

  @Test
  void indicatorsDownTheDocumentsStillRenderWithANoteInPlaceOfTheChart() throws Exception {
    String base = withDossier(Api.unit("CHDN"));
    for (String document : new String[] {"/minutes", "/conclusion-notice"}) {
      String page = html(base + document);
      assertTrue(page.contains(NOTE), document);
      assertFalse(page.contains("<svg"), document);
      PdfCheck pdf = pdf(base + document);
      pdf.assertContains(NOTE);
      pdf.assertLacks("137,30 %");
    }
  }
}
