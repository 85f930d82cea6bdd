package vn.khaosat.survey.service.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import vn.khaosat.survey.service.documents.SessionDocument.DirectiveLine;
import vn.khaosat.survey.service.documents.SessionDocument.Person;
import vn.khaosat.survey.service.documents.SessionDocument.StatementLine;

/** The minutes of the Đắk Song session, as XHTML and as PDF. */
@QuarkusTest
class MinutesDocumentTest {

  @Inject DocumentRenderer renderer;

  @Test
  void theHtmlIsWellFormedXhtmlWithTheHeaderOfAPartyDocument() throws Exception {
    String html = renderer.minutesHtml(SeedSessions.signed());

    DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new InputSource(new StringReader(html)));
    assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
    String text = PdfCheck.normalise(html);
    assertTrue(text.contains("<div class=\"superior\">TỈNH ỦY ĐẮK NÔNG</div>"), text);
    assertTrue(text.contains("TIỂU BAN NỘI DUNG ĐẠI HỘI XII ĐẢNG BỘ TỈNH"), text);
    assertTrue(text.contains("Số: 05-BB/TBND"), text);
    assertTrue(text.contains("ĐẢNG CỘNG SẢN VIỆT NAM"), text);
    assertTrue(text.contains("Đắk Song, ngày 28 tháng 11 năm 2019"), text);
    assertTrue(text.contains("@page { size: A4; margin: 20mm 15mm 20mm 30mm; }"), text);
    assertTrue(text.contains("font-family: 'Liberation Serif'"), text);
  }

  @Test
  void theHtmlNamesEveryParticipantAndDirectiveAndWhatAReplyAnswers() {
    String html = PdfCheck.normalise(renderer.minutesHtml(SeedSessions.dakSong()));

    for (Person p : SeedSessions.participants()) {
      assertTrue(html.contains(p.fullName() + ", " + p.title()), p.fullName());
    }
    for (DirectiveLine d : SeedSessions.DIRECTIVES) {
      assertTrue(html.contains(d.position() + ". <span class=\"text\">" + d.text()), d.text());
    }
    assertTrue(html.contains("(Giải trình, trả lời ý kiến số 3)"), html);
    assertEquals(1, html.split("trả lời ý kiến", -1).length - 1, "only statement 4 replies");
  }

  @Test
  void userTextIsEscapedNeverInterpreted() throws IOException {
    String html =
        renderer.minutesHtml(
            SeedSessions.withStatements(
                List.of(
                    new StatementLine(
                        1,
                        "Phan Văn Hợp",
                        "Bí thư",
                        "Ý kiến",
                        null,
                        "<script>alert('x')</script> & <b>đậm</b>"))));

    assertFalse(html.contains("<script>"), html);
    assertFalse(html.contains("<b>đậm"), html);
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;"), html);
    PdfCheck.read(pdf(html)).assertContains("<script>alert('x')</script> & <b>đậm</b>");
  }

  @Test
  void theMinutesPdfIsA4WithEveryDiacriticParticipantAndDirective() throws IOException {
    PdfCheck pdf = PdfCheck.read(pdf(renderer.minutesHtml(SeedSessions.dakSong())));

    for (String expected :
        List.of(
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            "TỈNH ỦY ĐẮK NÔNG",
            "BIÊN BẢN",
            "Đắk Song, ngày 28 tháng 11 năm 2019",
            "Hà Trung Ký",
            "quốc phòng",
            "khiếu nại tố cáo",
            SeedSessions.PROPOSAL,
            "Vào lúc 08 giờ 00 phút, ngày 28 tháng 11 năm 2019",
            "Giải trình, trả lời ý kiến số 3",
            "Tốc độ tăng trưởng bình quân 11,4%",
            "tăng 137,3% so với năm 2015",
            "3/4 vượt, 1/4 chưa đạt",
            "Chưa có: Kết quả lấy phiếu tín nhiệm",
            "kết thúc vào lúc 11 giờ 30 phút cùng ngày",
            "THƯ KÝ",
            "CHỦ TRÌ",
            "DỰ THẢO")) {
      pdf.assertContains(expected);
    }
    for (Person p : SeedSessions.participants()) {
      pdf.assertContains(p.fullName() + ", " + p.title());
    }
    for (DirectiveLine d : SeedSessions.DIRECTIVES) {
      pdf.assertContains(d.text());
      pdf.assertContains(d.responsibleBody());
    }
    pdf.assertContains("thời hạn: 31/03/2020");
    pdf.assertLacks("SỬA ĐỔI");
  }

  @Test
  void findingsAreGroupedStrengthsLimitationsCausesWhateverTheirOrder() throws IOException {
    String text = PdfCheck.read(pdf(renderer.minutesHtml(SeedSessions.dakSong()))).text();

    int strengths = text.indexOf("Ưu điểm");
    int limitations = text.indexOf("Hạn chế");
    int causes = text.indexOf("Nguyên nhân Chưa chỉ rõ");
    assertTrue(0 < strengths && strengths < limitations && limitations < causes, text);
    assertTrue(text.indexOf("137,3%") < limitations, "both strengths under one heading");
    assertTrue(
        text.contains("Tốc độ tăng trưởng bình quân đạt 10%/năm trở lên: Tốc độ tăng trưởng"),
        "the target a finding refers to");
  }

  @Test
  void aSignedMinutesIsNumberedAndNoLongerADraft() throws IOException {
    PdfCheck pdf = PdfCheck.read(pdf(renderer.minutesHtml(SeedSessions.signed())));

    pdf.assertLacks("DỰ THẢO");
    pdf.assertContains("Số: 05-BB/TBND");
    // extraction reads the signature table column by column
    pdf.assertContains("THƯ KÝ Nguyễn Thị Mỹ Hạnh CHỦ TRÌ Hà Trung Ký");
  }

  @Test
  void anUnnumberedMinutesLeavesTheNumberBlank() {
    String html = renderer.minutesHtml(SeedSessions.dakSong());

    assertTrue(
        html.contains("Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-BB</div>"), html);
  }

  @Test
  void amendmentsFollowTheSignatures() throws IOException {
    String text =
        PdfCheck.read(pdf(renderer.minutesHtml(SeedSessions.signedWithAmendment()))).text();

    int signatures = text.indexOf("CHỦ TRÌ");
    int amendments = text.indexOf("SỬA ĐỔI, BỔ SUNG");
    assertTrue(0 < signatures && signatures < amendments, text);
    assertTrue(
        text.contains(
            "1. 09 giờ 15 phút, ngày 05/12/2019 – Nguyễn Thị Mỹ Hạnh – mục Nhiệm vụ: Thời hạn"
                + " nhiệm vụ 4 sửa thành 30/04/2020. Lý do: Ghi nhầm thời hạn khi lập biên bản."),
        text);
  }

  @Test
  void timesAreShownInVietnamWhateverTheOffsetTheyCameWith() {
    // 18:30 UTC on the 27th is 01:30 on the 28th in Hà Nội
    String html =
        renderer.minutesHtml(
            SeedSessions.startingAt(OffsetDateTime.of(2019, 11, 27, 18, 30, 0, 0, ZoneOffset.UTC)));

    assertTrue(html.contains("Vào lúc 01 giờ 30 phút, ngày 28 tháng 11 năm 2019"), html);
    assertTrue(html.contains("Đắk Song, ngày 28 tháng 11 năm 2019"), html);
    assertTrue(html.contains("kết thúc vào lúc 04 giờ 30 phút cùng ngày"), html);
  }

  @Test
  void aLongSessionRunsOverSeveralA4PagesAndLosesNothing() throws IOException {
    SessionDocument large = SeedSessions.large(30, 20);
    PdfCheck pdf = PdfCheck.read(pdf(renderer.minutesHtml(large)));

    assertTrue(pdf.pages() > 3, "pages: " + pdf.pages());
    assertEquals(30, large.statements().size());
    for (StatementLine s : large.statements()) {
      pdf.assertContains(s.position() + ". " + s.speakerName() + ", " + s.speakerTitle());
    }
    assertEquals(20, large.directives().size());
    for (DirectiveLine d : large.directives()) {
      pdf.assertContains(d.position() + ". " + d.text());
    }
    pdf.assertContains("CHỦ TRÌ");
  }

  @Test
  void theWarmUpSampleRendersToAValidPdf() throws IOException {
    // the warm-up swallows failures; this is where a broken sample would show
    PdfCheck pdf = PdfCheck.read(pdf(renderer.minutesHtml(WarmUpSample.session())));

    pdf.assertContains("BIÊN BẢN");
    // its chart's label, drawn as text: the warm-up goes through the charts' drawing too
    pdf.assertContains("Vượt");
  }

  private byte[] pdf(String html) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.writePdf(html, out);
    return out.toByteArray();
  }
}
