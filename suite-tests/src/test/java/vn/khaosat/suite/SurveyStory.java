package vn.khaosat.suite;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.khaosat.testing.jwt.TestTokens;

/** The survey part of the end-to-end story: the session of 28/11/2019 in Đắk Song. */
final class SurveyStory {

  private SurveyStory() {}

  private static RequestSpecification secretary(String gateway) {
    return given()
        .baseUri(gateway)
        .header("Authorization", TestTokens.bearer("e2e-thu-ky", Set.of("secretary"), "67"))
        .contentType("application/json");
  }

  static long createSession(String gateway) {
    return secretary(gateway)
        .body(sessionBody())
        .post("/api/surveys")
        .then()
        .statusCode(201)
        .body("hostUnitName", is("Huyện Đắk Song"))
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** The survey session of 28 November 2019 in Đắk Song, as a create request. */
  static Map<String, Object> sessionBody() {
    Map<String, Object> body = new HashMap<>();
    body.put("title", "Khảo sát kết quả thực hiện Nghị quyết Đại hội Đảng bộ huyện 2015-2020");
    body.put("superiorBody", "Tỉnh ủy Đắk Nông");
    body.put("leadingBody", "Tiểu ban Nội dung Đại hội XII Đảng bộ tỉnh");
    body.put("hostUnitCode", "665");
    body.put("hostBody", "Ban Thường vụ Huyện ủy Đắk Song");
    body.put("startsAt", "2019-11-28T08:00:00+07:00");
    body.put("place", "Hội trường Huyện ủy Đắk Song");
    body.put("purpose", "Khảo sát kết quả thực hiện Nghị quyết Đại hội Đảng bộ huyện");
    body.put("reviewedTerm", "2015-2020");
    body.put("plannedTerm", "2020-2025");
    body.put("minutesNumber", "05-BB/TBND");
    return body;
  }

  /** Records the session with its dossier, statements, conclusion and directives, and signs it. */
  static long recordSignedSession(long hostSecretaryCadre, long plan, String gateway)
      throws Exception {
    long session = createSession(gateway);
    String base = "/api/surveys/" + session;
    long leader =
        participant(gateway, base, Map.of("fullName", "Hà Trung Ký", "role", "DELEGATION_LEADER"));
    long clerk = participant(gateway, base, Map.of("fullName", "Thư ký Đoàn", "role", "SECRETARY"));
    // a cadre of cadre-service, resolved by survey-service and copied as of the day
    long chair =
        participant(
            gateway,
            base,
            Map.of(
                "cadreId", hostSecretaryCadre, "role", "HOST_CHAIR", "title", "Bí thư Huyện ủy"));
    secretary(gateway)
        .post(base + "/dossier")
        .then()
        .statusCode(201)
        .body("complete", is(true))
        .body("scorecard.unitCode", is("665"))
        .body("vetting.planId", is((int) plan));
    secretary(gateway).post(base + "/hold").then().statusCode(200);
    long question =
        statement(gateway, base, leader, "QUESTION", "Vì sao rừng chưa phát triển bền vững?", null);
    statement(gateway, base, chair, "EXPLANATION", "Giải trình về quản lý, bảo vệ rừng.", question);
    secretary(gateway)
        .body(
            Map.of(
                "text",
                "Huyện cần tập trung đột phá vào công tác cán bộ.",
                "concludedById",
                leader))
        .put(base + "/conclusion")
        .then()
        .statusCode(200);
    secretary(gateway)
        .body(
            Map.of(
                "text", "Từ nay đến đại hội, tăng cường giải quyết khiếu nại tố cáo",
                "responsibleBody", "Ban Thường vụ Huyện ủy Đắk Song",
                "responsibleUnitCode", "665",
                "deadline", "2020-06-30"))
        .post(base + "/directives")
        .then()
        .statusCode(201);
    secretary(gateway).post(base + "/conclude").then().statusCode(200);
    secretary(gateway)
        .body(Map.of("secretaryId", clerk, "chairId", leader))
        .post(base + "/sign")
        .then()
        .statusCode(200)
        .body("status", is("SIGNED"));
    byte[] pdf =
        secretary(gateway)
            .accept("application/pdf")
            .get(base + "/minutes")
            .then()
            .statusCode(200)
            .contentType(startsWith("application/pdf"))
            .extract()
            .asByteArray();
    String text = text(pdf);
    for (String expected :
        new String[] {
          "ĐẢNG CỘNG SẢN VIỆT NAM", "BIÊN BẢN", "Hà Trung Ký", "Nguyễn Văn Bí", "khiếu nại tố cáo"
        }) {
      assertTrue(text.contains(expected), "the minutes lack «" + expected + "»: " + text);
    }
    return session;
  }

  static void afterIndicatorsStopped(long signed, long later, long plan, String gateway) {
    secretary(gateway)
        .post("/api/surveys/" + later + "/dossier")
        .then()
        .statusCode(201)
        .body("complete", is(false))
        .body("missing.source", contains("scorecard", "predecessors"))
        .body("vetting.planId", is((int) plan));
    secretary(gateway)
        .get("/api/surveys/" + signed)
        .then()
        .statusCode(200)
        .body("status", is("SIGNED"));
    secretary(gateway)
        .get("/api/directives?unit=665&overdue=true")
        .then()
        .statusCode(200)
        .body("totalItems", is(1));
    secretary(gateway)
        .accept("application/pdf")
        .get("/api/surveys/" + signed + "/conclusion-notice")
        .then()
        .statusCode(200);
  }

  private static long participant(String gateway, String base, Map<String, Object> body) {
    return secretary(gateway)
        .body(body)
        .post(base + "/participants")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static long statement(
      String gateway, String base, long speaker, String kind, String text, Long replyTo) {
    Map<String, Object> body =
        new HashMap<>(Map.of("speakerId", speaker, "kind", kind, "text", text));
    if (replyTo != null) {
      body.put("replyToId", replyTo);
    }
    return secretary(gateway)
        .body(body)
        .post(base + "/statements")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
