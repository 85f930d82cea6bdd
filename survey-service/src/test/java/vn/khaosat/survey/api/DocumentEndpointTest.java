package vn.khaosat.survey.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.khaosat.survey.service.documents.PdfCheck;

/**
 * The documents of a session recorded through the API like the seed report's: the minutes and the
 * notice, as HTML and as PDF by Accept.
 */
@QuarkusTest
class DocumentEndpointTest {

  @Test
  void theSignedMinutesOfTheSeedSessionAsPdf() throws Exception {
    long[] s = seedSession();
    String base = "/api/surveys/" + s[0];
    Api.sign(s);
    byte[] pdf =
        Api.viewer()
            .accept("application/pdf")
            .get(base + "/minutes")
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .header("Content-Disposition", containsString("bien-ban-" + s[0] + ".pdf"))
            .extract()
            .asByteArray();
    PdfCheck minutes = PdfCheck.read(pdf);
    minutes.assertContains("ĐẢNG CỘNG SẢN VIỆT NAM");
    minutes.assertContains("BIÊN BẢN");
    minutes.assertContains("Đắk Song, ngày 28 tháng 11 năm 2019");
    minutes.assertContains("Số: 05-BB/TBND");
    minutes.assertContains("Hà Trung Ký");
    minutes.assertContains("Trương Thanh Tùng");
    minutes.assertContains("Phan Văn Hợp");
    minutes.assertContains("Nguyễn Thị Mỹ Hạnh");
    minutes.assertContains("tăng cường giải quyết khiếu nại tố cáo");
    minutes.assertContains("quốc phòng - an ninh vững chắc");
    minutes.assertContains("3/4 vượt, 1/4 chưa đạt");
    minutes.assertLacks("DỰ THẢO");

    PdfCheck notice =
        PdfCheck.read(
            Api.viewer()
                .accept("application/pdf")
                .get(base + "/conclusion-notice")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
    notice.assertContains("THÔNG BÁO KẾT LUẬN");
    notice.assertContains("T/M ĐOÀN CÔNG TÁC");
    notice.assertContains("tăng cường giải quyết khiếu nại tố cáo");
    notice.assertContains("Ban Thường vụ Huyện ủy Đắk Song (để thực hiện)");
  }

  @Test
  void htmlByDefaultEscapedAndADraftUntilSigned() {
    long[] s = seedSession();
    String base = "/api/surveys/" + s[0];
    Api.addStatement(s[0], s[1], "OPINION", "<script>alert(1)</script>");
    Api.viewer()
        .accept("text/html")
        .get(base + "/minutes")
        .then()
        .statusCode(200)
        .contentType(startsWith("text/html"))
        .body(containsString("ĐẢNG CỘNG SẢN VIỆT NAM"))
        .body(containsString("DỰ THẢO"))
        .body(containsString("&lt;script&gt;"))
        .body(not(containsString("<script>alert")));
    Api.viewer()
        .get(base + "/conclusion-notice")
        .then()
        .statusCode(200)
        .contentType(startsWith("text/html"));
    Api.viewer()
        .accept("application/pdf")
        .get("/api/surveys/999999/minutes")
        .then()
        .statusCode(404);
  }

  /** The session of 28/11/2019 in Đắk Song; returns {session, leader, secretary}. */
  private static long[] seedSession() {
    String unit = "665";
    long session =
        Api.admin()
            .body(Api.session(unit))
            .post("/api/surveys")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    String base = "/api/surveys/" + session;
    long leader =
        participant(
            session,
            "Hà Trung Ký",
            "Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy",
            "DELEGATION_LEADER");
    long member =
        participant(session, "Trương Thanh Tùng", "Phó Chủ tịch UBND tỉnh", "DELEGATION_MEMBER");
    long secretary =
        participant(session, "Nguyễn Thị Mỹ Hạnh", "Chuyên viên Văn phòng Tỉnh ủy", "SECRETARY");
    long chair = participant(session, "Phan Văn Hợp", "Bí thư Huyện ủy Đắk Song", "HOST_CHAIR");
    Api.admin().post(base + "/dossier").then().statusCode(201);
    Api.admin().post(base + "/hold").then().statusCode(200);
    Api.addStatement(session, chair, "REPORT", "Tốc độ tăng trưởng bình quân 11,4%.");
    long question =
        Api.addStatement(session, leader, "QUESTION", "Về tình trạng mất đoàn kết nội bộ?");
    Api.admin()
        .body(
            Map.of(
                "speakerId",
                chair,
                "kind",
                "EXPLANATION",
                "replyToId",
                question,
                "text",
                "Giải trình một số vấn đề đoàn quan tâm."))
        .post(base + "/statements")
        .then()
        .statusCode(201);
    Api.addStatement(
        session, member, "OPINION", "Có định hướng, giải pháp phù hợp để khai thác tiềm năng.");
    Api.admin()
        .body(Map.of("kind", "LIMITATION", "text", "Kinh tế tăng trưởng chưa bền vững."))
        .post(base + "/findings")
        .then()
        .statusCode(201);
    Api.admin()
        .body(
            Map.of(
                "text",
                "Huyện cần tập trung đột phá vào công tác cán bộ.",
                "concludedById",
                leader))
        .put(base + "/conclusion")
        .then()
        .statusCode(200);
    directive(
        session, "Tăng cường xây dựng, củng cố nền quốc phòng - an ninh vững chắc", "2020-06-30");
    directive(session, "Từ nay đến đại hội, tăng cường giải quyết khiếu nại tố cáo", "2020-05-31");
    Api.admin().post(base + "/conclude").then().statusCode(200);
    return new long[] {session, leader, secretary};
  }

  private static long participant(long session, String name, String title, String role) {
    return Api.admin()
        .body(Map.of("fullName", name, "title", title, "role", role))
        .post("/api/surveys/" + session + "/participants")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static void directive(long session, String text, String deadline) {
    Api.admin()
        .body(
            Map.of(
                "text",
                text,
                "responsibleBody",
                "Ban Thường vụ Huyện ủy Đắk Song",
                "responsibleUnitCode",
                "665",
                "deadline",
                deadline))
        .post("/api/surveys/" + session + "/directives")
        .then()
        .statusCode(201)
        .body("status", is("OPEN"));
  }
}
