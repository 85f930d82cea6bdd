package vn.khaosat.survey.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.khaosat.survey.domain.Limits;
import vn.khaosat.survey.service.documents.PdfCheck;

/**
 * Every text a session holds is rendered through XHTML to PDF: what a client may store, at its
 * longest, as one unbroken word, with markup characters, tabs and line breaks, must render in both
 * documents and both forms (a 500 or a broken PDF would lose the minutes of a real session).
 */
@QuarkusTest
class DocumentLimitsTest {

  /** A word with no place to break, of Vietnamese letters, {@code length} characters long. */
  private static String word(int length) {
    return "Đắk".repeat(length / 3 + 1).substring(0, length);
  }

  /** Text of {@code length} characters: a long word, markup, a tab, line breaks, an emoji. */
  private static String text(int length, String marker) {
    String head = "<b>&amp;</b> \"trích\" 'dẫn'\tcột\r\ndòng mới 😀 " + marker + " ";
    return head + word(length - head.length());
  }

  @Test
  void theLongestTextsAndLongestWordsRenderAsHtmlAndPdf() throws Exception {
    Map<String, Object> session = new HashMap<>(Api.session(Api.unit()));
    session.put("title", word(Limits.TITLE));
    session.put("superiorBody", word(Limits.NAME));
    session.put("leadingBody", word(Limits.NAME));
    session.put("hostBody", word(Limits.NAME));
    session.put("place", word(Limits.TITLE));
    session.put("purpose", text(Limits.PURPOSE, "MỤC-ĐÍCH"));
    session.put("minutesNumber", word(Limits.DOCUMENT_NUMBER));
    session.put("noticeNumber", word(Limits.DOCUMENT_NUMBER));
    long id = created("/api/surveys", session);
    String base = "/api/surveys/" + id;
    long leader = participant(base, "DELEGATION_LEADER");
    long secretary = participant(base, "SECRETARY");
    created(base + "/agenda", Map.of("title", word(Limits.AGENDA_TITLE)));
    created(
        base + "/statements",
        Map.of(
            "speakerId", leader, "kind", "REPORT", "text", text(Limits.STATEMENT, "Ý-KIẾN-MỘT")));
    created(
        base + "/findings", Map.of("kind", "LIMITATION", "text", text(Limits.FINDING, "HẠN-CHẾ")));
    Map<String, Object> directive = new HashMap<>(Api.directive("665", "2020-03-31"));
    directive.put("text", text(Limits.DIRECTIVE, "NHIỆM-VỤ"));
    directive.put("responsibleBody", word(Limits.NAME));
    created(base + "/directives", directive);
    Api.admin().post(base + "/hold").then().statusCode(200);
    Api.admin()
        .body(Map.of("text", text(Limits.CONCLUSION, "KẾT-LUẬN"), "concludedById", leader))
        .put(base + "/conclusion")
        .then()
        .statusCode(200);
    Api.admin().post(base + "/conclude").then().statusCode(200);
    Api.sign(new long[] {id, leader, secretary});
    created(
        base + "/amendments",
        Map.of(
            "section",
            "CONCLUSION",
            "text",
            text(Limits.AMENDMENT, "ĐÍNH-CHÍNH"),
            "reason",
            text(Limits.REASON, "LÝ-DO")));

    for (String document : new String[] {"/minutes", "/conclusion-notice"}) {
      Api.viewer()
          .accept("text/html")
          .get(base + document)
          .then()
          .statusCode(200)
          .body(containsString("&lt;b&gt;&amp;amp;&lt;/b&gt;"))
          .body(not(containsString("<b>&amp;</b>")));
      byte[] pdf =
          Api.viewer()
              .accept("application/pdf")
              .get(base + document)
              .then()
              .statusCode(200)
              .contentType("application/pdf")
              .extract()
              .asByteArray();
      // kept for a look at the layout (pdftoppm turns it into pictures)
      Files.write(Path.of("target", "longest" + document.replace('/', '-') + ".pdf"), pdf);
      PdfCheck read = PdfCheck.read(pdf);
      assertTrue(read.pages() > 1, document + " has " + read.pages() + " page(s)");
      read.assertContains("KẾT-LUẬN");
      read.assertContains("NHIỆM-VỤ");
    }
    PdfCheck minutes =
        PdfCheck.read(
            Api.viewer()
                .accept("application/pdf")
                .get(base + "/minutes")
                .then()
                .extract()
                .asByteArray());
    minutes.assertContains("MỤC-ĐÍCH");
    minutes.assertContains("Ý-KIẾN-MỘT");
    minutes.assertContains("ĐÍNH-CHÍNH");
    minutes.assertContains("<b>&amp;</b>");
  }

  private static long participant(String base, String role) {
    return created(
        base + "/participants",
        Map.of(
            "fullName",
            word(Limits.NAME),
            "title",
            word(Limits.TITLE),
            "organization",
            word(Limits.TITLE),
            "role",
            role));
  }

  private static long created(String path, Map<String, Object> body) {
    return Api.admin()
        .body(body)
        .post(path)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }
}
