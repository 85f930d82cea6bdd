package vn.khaosat.survey.service.documents;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import vn.khaosat.survey.service.documents.SessionDocument.DirectiveLine;

/** The notice of conclusions of the Đắk Song session, as XHTML and as PDF. */
@QuarkusTest
class NoticeDocumentTest {

  @Inject DocumentRenderer renderer;

  @Test
  void theHtmlIsWellFormedAndNamesTheConcluderAndTheHost() throws Exception {
    String html = renderer.noticeHtml(SeedSessions.signed());

    DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new InputSource(new StringReader(html)));
    String text = PdfCheck.normalise(html);
    assertTrue(text.contains("Số: 12-TB/TBND"), text);
    assertTrue(text.contains("Đắk Song, ngày 02 tháng 12 năm 2019"), "dated when signed");
    assertTrue(
        text.contains(
            "của đồng chí Hà Trung Ký, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra"
                + " Tỉnh ủy tại buổi làm việc với Ban Thường vụ Huyện ủy Đắk Song"),
        text);
  }

  @Test
  void theNoticePdfCarriesConclusionsDirectivesSignatureAndRecipients() throws IOException {
    PdfCheck pdf = PdfCheck.read(pdf(renderer.noticeHtml(SeedSessions.signed())));

    for (String expected :
        List.of(
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            "TIỂU BAN NỘI DUNG ĐẠI HỘI XII ĐẢNG BỘ TỈNH",
            "THÔNG BÁO KẾT LUẬN",
            "Vào ngày 28 tháng 11 năm 2019",
            "do đồng chí Hà Trung Ký",
            "Đắk Song",
            "quốc phòng",
            "khiếu nại tố cáo",
            "Tốc độ tăng trưởng bình quân 11,4%",
            SeedSessions.CONCLUSION,
            "T/M ĐOÀN CÔNG TÁC",
            "TRƯỞNG ĐOÀN",
            "Nơi nhận:")) {
      pdf.assertContains(expected);
    }
    for (DirectiveLine d : SeedSessions.DIRECTIVES) {
      pdf.assertContains(d.text());
    }
    for (String recipient : SeedSessions.RECIPIENTS) {
      pdf.assertContains("- " + recipient);
    }
    pdf.assertLacks("DỰ THẢO");
  }

  @Test
  void anUnsignedNoticeIsADraft() throws IOException {
    PdfCheck pdf = PdfCheck.read(pdf(renderer.noticeHtml(SeedSessions.dakSong())));

    pdf.assertContains("DỰ THẢO");
    pdf.assertContains("THÔNG BÁO KẾT LUẬN");
    pdf.assertContains("Đắk Song, ngày 28 tháng 11 năm 2019");
  }

  private byte[] pdf(String html) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.writePdf(html, out);
    return out.toByteArray();
  }
}
