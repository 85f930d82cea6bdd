package vn.khaosat.cadre.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.khaosat.testing.jwt.TestTokens;

/**
 * The access log of personal data: only the answers that carried a cadre's personal fields are
 * recorded, with the user, the operation, the cadre and the request id. In the stand-in for
 * indicators-service, 664 (Krông Nô) and 665 (Đắk Song) are districts of province 67.
 */
@QuarkusTest
class PersonalDataAccessTest {

  /** A user of its own, so that the log's rows of this test are told apart by name. */
  private static RequestSpecification user(String name, String role, String... units) {
    return Api.withToken(TestTokens.bearer(name, Set.of(role), units));
  }

  private static String unique(String prefix) {
    return prefix + "-" + Api.next() + "-" + Long.toString(System.nanoTime(), 36);
  }

  private static long cadreIn665() {
    long cadre = Api.createCadre(Api.cadre("Lê Văn Nhật Ký", "MALE", "1970-03", "665"));
    Api.createDiscipline(cadre, "2015-04-01");
    return cadre;
  }

  /** The reads of {@code cadre}, as admin, newest first. */
  private static List<Map<String, Object>> readsOf(long cadre) {
    return Api.admin()
        .get("/api/cadres/" + cadre + "/personal-data-access?size=200")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  private static List<Map<String, Object>> readsWithRequestIdPrefix(long cadre, String prefix) {
    return readsOf(cadre).stream()
        .filter(r -> ((String) r.get("requestId")).startsWith(prefix))
        .toList();
  }

  @Test
  void aViewerAnOrganizerInAndOutOfItsUnitsAndAnInspectorReadOneCadre() {
    long cadre = cadreIn665();
    String run = unique("detail");
    String organizer = unique("to-chuc-dak-song");
    String outsider = unique("to-chuc-krong-no");
    String inspector = unique("kiem-tra-tinh");
    user(unique("xem"), "viewer", "665")
        .header("X-Request-Id", run + "-viewer")
        .get("/api/cadres/" + cadre)
        .then()
        .statusCode(200)
        .body("personal", nullValue());
    user(organizer, "organizer", "665")
        .header("X-Request-Id", run + "-organizer")
        .get("/api/cadres/" + cadre)
        .then()
        .statusCode(200)
        .body("personal.ethnicity", is("Kinh"));
    user(outsider, "organizer", "664")
        .header("X-Request-Id", run + "-outsider")
        .get("/api/cadres/" + cadre)
        .then()
        .statusCode(200)
        .body("personal", nullValue());
    user(inspector, "inspector", "67")
        .header("X-Request-Id", run + "-inspector")
        .get("/api/cadres/" + cadre)
        .then()
        .statusCode(200)
        .body("personal.dateOfBirth", is("1970-03"));

    List<Map<String, Object>> reads = readsWithRequestIdPrefix(cadre, run);
    // newest first: the inspector's read, then the organizer's; the masked reads are not there
    assertEquals(List.of(run + "-inspector", run + "-organizer"), field(reads, "requestId"));
    assertEquals(List.of(inspector, organizer), field(reads, "user"));
    assertEquals(List.of("GET", "GET"), field(reads, "method"));
    assertEquals(List.of("/api/cadres/{id}", "/api/cadres/{id}"), field(reads, "route"));
    reads.forEach(r -> assertEquals(cadre, ((Number) r.get("cadreId")).longValue()));
    reads.forEach(r -> assertEquals(true, r.get("at") != null));
  }

  @Test
  void aRevalidationAnsweredWithoutABodyCarriesNothing() {
    long cadre = cadreIn665();
    String run = unique("etag");
    var organizer = user(unique("to-chuc"), "organizer", "665");
    String etag =
        organizer
            .header("X-Request-Id", run + "-full")
            .get("/api/cadres/" + cadre)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    user(unique("to-chuc"), "organizer", "665")
        .header("X-Request-Id", run + "-304")
        .header("If-None-Match", etag)
        .get("/api/cadres/" + cadre)
        .then()
        .statusCode(304);
    assertEquals(List.of(run + "-full"), field(readsWithRequestIdPrefix(cadre, run), "requestId"));
  }

  @Test
  void aHeadRequestCarriesNothing() {
    long cadre = cadreIn665();
    String run = unique("head");
    user(unique("to-chuc"), "organizer", "665")
        .header("X-Request-Id", run + "-head")
        .head("/api/cadres/" + cadre)
        .then()
        .statusCode(200);
    user(unique("to-chuc"), "organizer", "665")
        .header("X-Request-Id", run + "-get")
        .get("/api/cadres/" + cadre)
        .then()
        .statusCode(200);
    assertEquals(List.of(run + "-get"), field(readsWithRequestIdPrefix(cadre, run), "requestId"));
  }

  @Test
  void theHistoryIsRecordedWhenItShowsPersonalValues() {
    long cadre = cadreIn665();
    String run = unique("history");
    String organizer = unique("to-chuc");
    user(unique("xem"), "viewer")
        .header("X-Request-Id", run + "-viewer")
        .get("/api/cadres/" + cadre + "/history")
        .then()
        .statusCode(200)
        .body("items[0].changes.find { it.field == 'disciplines' }.withheld", is(true))
        .body("items[-1].changes.find { it.field == 'ethnicity' }.withheld", is(true));
    user(organizer, "organizer", "665")
        .header("X-Request-Id", run + "-organizer")
        .get("/api/cadres/" + cadre + "/history")
        .then()
        .statusCode(200)
        .body("items[-1].changes.find { it.field == 'ethnicity' }.to", is("Kinh"));
    List<Map<String, Object>> reads = readsWithRequestIdPrefix(cadre, run);
    assertEquals(List.of(run + "-organizer"), field(reads, "requestId"));
    assertEquals(List.of("/api/cadres/{id}/history"), field(reads, "route"));
    assertEquals(List.of(organizer), field(reads, "user"));
  }

  @Test
  void disciplinaryRecordsAreRecorded() {
    long cadre = cadreIn665();
    String run = unique("disciplines");
    String inspector = unique("kiem-tra");
    user(inspector, "inspector", "665")
        .header("X-Request-Id", run + "-list")
        .get("/api/cadres/" + cadre + "/disciplines")
        .then()
        .statusCode(200);
    user(unique("to-chuc"), "organizer", "664")
        .header("X-Request-Id", run + "-refused")
        .get("/api/cadres/" + cadre + "/disciplines")
        .then()
        .statusCode(403);
    List<Map<String, Object>> reads = readsWithRequestIdPrefix(cadre, run);
    assertEquals(List.of(run + "-list"), field(reads, "requestId"));
    assertEquals(List.of("/api/cadres/{cadreId}/disciplines"), field(reads, "route"));
  }

  @Test
  void aVettingReportIsRecordedForEveryCadreItCarries() {
    String unit = Api.unit();
    long first = Api.createCadre("Phạm Văn Một", "MALE", "1972-06", unit);
    long second = Api.createCadre("Hồ Thị Hai", "FEMALE", "1975-02", unit);
    long committee = Api.createCommittee(unit, "2015-2020", List.of());
    long plan =
        Api.createPlan(
            Api.plan(
                committee,
                "2020-06",
                List.of(Api.candidate(first, "SECRETARY"), Api.candidate(second, "MEMBER"))));
    Api.admin().post("/api/personnel-plans/" + plan + "/submit").then().statusCode(200);
    String run = unique("vetting");
    String organizer = unique("to-chuc");
    String inspector = unique("kiem-tra");
    user(organizer, "organizer", unit)
        .header("X-Request-Id", run + "-run")
        .post("/api/personnel-plans/" + plan + "/vetting")
        .then()
        .statusCode(200);
    user(inspector, "inspector", unit)
        .header("X-Request-Id", run + "-read")
        .get("/api/personnel-plans/" + plan + "/vetting")
        .then()
        .statusCode(200);
    user(unique("xem"), "viewer")
        .header("X-Request-Id", run + "-summary")
        .get("/api/personnel-plans/" + plan + "/vetting/summary")
        .then()
        .statusCode(200);
    for (long cadre : List.of(first, second)) {
      List<Map<String, Object>> reads = readsWithRequestIdPrefix(cadre, run);
      assertEquals(List.of(run + "-read", run + "-run"), field(reads, "requestId"));
      assertEquals(List.of(inspector, organizer), field(reads, "user"));
      assertEquals(List.of("GET", "POST"), field(reads, "method"));
      assertEquals(
          List.of("/api/personnel-plans/{id}/vetting", "/api/personnel-plans/{id}/vetting"),
          field(reads, "route"));
    }
  }

  @Test
  void aCadresLogIsForInspectorsOfItsUnitAndAdmins() {
    long cadre = cadreIn665();
    user(unique("k"), "inspector", "665")
        .get("/api/cadres/" + cadre + "/personal-data-access")
        .then()
        .statusCode(200);
    user(unique("k"), "inspector", "67")
        .get("/api/cadres/" + cadre + "/personal-data-access")
        .then()
        .statusCode(200);
    user(unique("k"), "inspector", "664")
        .get("/api/cadres/" + cadre + "/personal-data-access")
        .then()
        .statusCode(403)
        .body("detail", notNullValue());
    for (String role : List.of("viewer", "organizer", "statistician", "secretary")) {
      user(unique("r"), role, "665")
          .get("/api/cadres/" + cadre + "/personal-data-access")
          .then()
          .statusCode(403);
    }
    Api.anonymous().get("/api/cadres/" + cadre + "/personal-data-access").then().statusCode(401);
    Api.admin().get("/api/cadres/999999999/personal-data-access").then().statusCode(404);
  }

  @Test
  void aCadresLogPagesNewestFirst() {
    long cadre = cadreIn665();
    String run = unique("paging");
    for (int i = 0; i < 3; i++) {
      Api.admin().header("X-Request-Id", run + "-" + i).get("/api/cadres/" + cadre).then();
    }
    int total = readsOf(cadre).size();
    JsonPath first =
        Api.admin()
            .get("/api/cadres/" + cadre + "/personal-data-access?page=0&size=2")
            .then()
            .statusCode(200)
            .body("page", is(0))
            .body("size", is(2))
            .body("totalItems", is(total))
            .body("totalPages", is((total + 1) / 2))
            .extract()
            .jsonPath();
    assertEquals(List.of(run + "-2", run + "-1"), first.getList("items.requestId"));
    Api.admin()
        .get("/api/cadres/" + cadre + "/personal-data-access?page=1&size=2")
        .then()
        .statusCode(200)
        .body("items[0].requestId", is(run + "-0"));
    Api.admin()
        .get("/api/cadres/" + cadre + "/personal-data-access?size=201")
        .then()
        .statusCode(400);
  }

  @Test
  void theWholeLogIsForAdminsByUserAndPeriod() {
    long cadre = cadreIn665();
    String reader = unique("kiem-tra-tinh");
    user(reader, "inspector", "67").get("/api/cadres/" + cadre).then().statusCode(200);
    user(reader, "inspector", "67").get("/api/cadres/" + cadre + "/history").then();
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    String tomorrow =
        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1).toString();
    String yesterday =
        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).toString();
    Api.admin()
        .queryParam("user", reader)
        .get("/api/personal-data-access")
        .then()
        .statusCode(200)
        .body("totalItems", is(2))
        .body("items.route", contains("/api/cadres/{id}/history", "/api/cadres/{id}"))
        .body("items.user", everyItem(is(reader)));
    Api.admin()
        .queryParam("user", reader)
        .queryParam("from", today)
        .queryParam("to", today)
        .get("/api/personal-data-access")
        .then()
        .statusCode(200)
        .body("totalItems", is(2));
    Api.admin()
        .queryParam("user", reader)
        .queryParam("from", tomorrow)
        .get("/api/personal-data-access")
        .then()
        .statusCode(200)
        .body("items", empty());
    Api.admin()
        .queryParam("user", reader)
        .queryParam("to", yesterday)
        .get("/api/personal-data-access")
        .then()
        .statusCode(200)
        .body("items", empty());
    String now = java.time.OffsetDateTime.now().plusMinutes(1).toString();
    Api.admin()
        .queryParam("user", reader)
        .queryParam("from", yesterday + "T00:00:00+07:00")
        .queryParam("to", now)
        .get("/api/personal-data-access")
        .then()
        .statusCode(200)
        .body("totalItems", is(2));
    Api.admin()
        .queryParam("user", reader)
        .queryParam("size", 1)
        .queryParam("page", 1)
        .get("/api/personal-data-access")
        .then()
        .statusCode(200)
        .body("items.route", contains("/api/cadres/{id}"))
        .body("totalPages", is(2));
    for (String role : List.of("inspector", "organizer", "viewer")) {
      user(unique("r"), role, "67").get("/api/personal-data-access").then().statusCode(403);
    }
  }

  @Test
  void theWholeLogsFiltersAreStrict() {
    assertBadQuery(Map.of("from", "2026-13-45"), "from");
    assertBadQuery(Map.of("from", "2026-02-30"), "from");
    assertBadQuery(Map.of("to", "hôm qua"), "to");
    assertBadQuery(Map.of("to", "2026-12-01T08:00:00"), "to"); // a date-time needs its offset
    assertBadQuery(Map.of("from", "2026-12-02", "to", "2026-12-01"), "to");
    assertBadQuery(Map.of("user", "x".repeat(201)), "user");
    assertBadQuery(Map.of("usr", "admin"), "usr");
    Api.admin()
        .get("/api/personal-data-access?from=2026-12-01&from=2026-12-02")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("from"));
  }

  private static void assertBadQuery(Map<String, String> query, String field) {
    Api.admin()
        .queryParams(query)
        .get("/api/personal-data-access")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", notNullValue())
        .body("violations[0].field", is(field))
        .body("violations[0].in", is("query"));
  }

  @Test
  void aReadIsRecordedEvenWhenTheClientLeavesDuringTheAnswer() throws Exception {
    long cadre = cadreIn665();
    String run = unique("gone");
    String token = TestTokens.bearer(unique("to-chuc"), Set.of("organizer"), "665");
    try (var socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
      String request =
          "GET /api/cadres/"
              + cadre
              + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
              + token
              + "\r\nX-Request-Id: "
              + run
              + "\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      socket.setSoLinger(true, 0); // a reset, not an orderly close: the answer cannot be delivered
      assertEquals('H', socket.getInputStream().read()); // the answer has begun
    } // and the client is gone before reading the rest of it
    long deadline = System.currentTimeMillis() + 10_000;
    List<Object> ids = List.of();
    while (ids.isEmpty() && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
      ids = field(readsWithRequestIdPrefix(cadre, run), "requestId");
    }
    assertEquals(List.of(run), ids);
  }

  private static List<Object> field(List<Map<String, Object>> reads, String name) {
    return reads.stream().map(r -> r.get(name)).toList();
  }
}
