package vn.khaosat.indicators.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The history of every figure (issue 14): PUT, re-PUT, DELETE and the CSV import each leave their
 * revisions, newest first and paged; a closed unit's figure (Đắk Song, 665, closed on 30 June 2025)
 * is corrected only with a reason.
 */
@QuarkusTest
class ObservationHistoryTest {

  private static final String KEY = "/api/observations/{i}/{u}/{y}/{s}";
  private static final String HISTORY = KEY + "/history";
  private static final String HEADER =
      "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS,SOURCE\n";

  @Inject DataSource database;

  @Test
  void correctingDakSongs2019FigureNeedsAReason() {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    // a first figure of a closed unit needs none: official figures arrive late
    Api.admin()
        .body(Map.of("value", 411.9, "source", "Báo cáo chính trị"))
        .put(KEY, indicator, "665", 2019, "OFFICIAL")
        .then()
        .statusCode(201);
    Api.admin()
        .body(Map.of("value", 412.5))
        .put(KEY, indicator, "665", 2019, "OFFICIAL")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("665"))
        .body("violations.field", hasItem("reason"));
    Api.viewer().get(KEY, indicator, "665", 2019, "OFFICIAL").then().body("value", is(411.9f));
    Api.admin()
        .header("X-Request-Id", "history-test-665")
        .body(Map.of("value", 412.5, "reason", "Cục Thống kê công bố số liệu chính thức"))
        .put(KEY, indicator, "665", 2019, "OFFICIAL")
        .then()
        .statusCode(200);
    Api.viewer()
        .get(HISTORY, indicator, "665", 2019, "OFFICIAL")
        .then()
        .statusCode(200)
        .body("totalItems", is(2))
        .body("items[0].oldValue", is(411.9f))
        .body("items[0].newValue", is(412.5f))
        .body("items[0].oldSource", is("Báo cáo chính trị"))
        .body("items[0].newSource", nullValue())
        .body("items[0].reason", is("Cục Thống kê công bố số liệu chính thức"))
        .body("items[0].changedBy", is("admin"))
        .body("items[0].requestId", is("history-test-665"))
        .body("items[0].changedAt", notNullValue())
        .body("items[1].oldValue", nullValue())
        .body("items[1].newValue", is(411.9f))
        .body("items[1].reason", nullValue());
  }

  @Test
  void putRePutAndDeleteOfAnOpenUnitsFigureKeepTheirHistory() {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    String unit = Api.openDistrict();
    put(indicator, unit, "100");
    put(indicator, unit, "100.0"); // the same value: nothing changes, nothing is recorded
    put(indicator, unit, "120");
    Api.admin().delete(KEY, indicator, unit, 2020, "ESTIMATE").then().statusCode(204);
    Api.viewer().get(KEY, indicator, unit, 2020, "ESTIMATE").then().statusCode(404);
    Api.viewer()
        .get(HISTORY, indicator, unit, 2020, "ESTIMATE")
        .then()
        .statusCode(200)
        .body("items.newValue", contains(null, 120, 100))
        .body("items.oldValue", contains(120, 100, null))
        .body("items.changedBy", contains("admin", "statistician", "statistician"));
  }

  @Test
  void historyIsPagedNewestFirst() {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    String unit = Api.openDistrict();
    put(indicator, unit, "1");
    put(indicator, unit, "2");
    put(indicator, unit, "3");
    Api.viewer()
        .queryParam("size", 2)
        .get(HISTORY, indicator, unit, 2020, "ESTIMATE")
        .then()
        .body("items.newValue", contains(3, 2))
        .body("page", is(0))
        .body("size", is(2))
        .body("totalItems", is(3))
        .body("totalPages", is(2));
    Api.viewer()
        .queryParams("size", 2, "page", 1)
        .get(HISTORY, indicator, unit, 2020, "ESTIMATE")
        .then()
        .body("items.newValue", contains(1));
  }

  @Test
  void anImportRecordsItsChangesAsOneBatchWithTheFilesHash() throws Exception {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    String unit = Api.openDistrict();
    String file =
        HEADER
            + indicator
            + ","
            + unit
            + ",2015,100,OFFICIAL,Cục Thống kê\n"
            + indicator
            + ","
            + unit
            + ",2016,110,OFFICIAL,Cục Thống kê\n";
    String importId = commit(file, null).getString("importId");
    Api.viewer()
        .get(HISTORY, indicator, unit, 2016, "OFFICIAL")
        .then()
        .body("items", hasSize(1))
        .body("items[0].importId", is(importId))
        .body("items[0].newValue", is(110))
        .body("items[0].changedBy", is("admin"));
    String sha256 =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256").digest(file.getBytes(StandardCharsets.UTF_8)));
    try (var c = database.getConnection();
        var s =
            c.prepareStatement(
                "select file_sha256, (select count(*) from observation_history r"
                    + " where r.import_id = i.id) from observation_import i where i.id = ?::uuid")) {
      s.setString(1, importId);
      try (var r = s.executeQuery()) {
        r.next();
        assertEquals(sha256, r.getString(1));
        assertEquals(2, r.getInt(2));
      }
    }
    // unchanged lines leave no revision; a changed one does, under the new import
    String second = commit(file.replace(",110,", ",111,"), null).getString("importId");
    Api.viewer()
        .get(HISTORY, indicator, unit, 2016, "OFFICIAL")
        .then()
        .body("items.importId", contains(second, importId))
        .body("items[0].oldValue", is(110));
    Api.viewer().get(HISTORY, indicator, unit, 2015, "OFFICIAL").then().body("items", hasSize(1));
  }

  @Test
  void anImportThatReplacesAClosedUnitsFigureNeedsAReason() {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    Api.figure(indicator, "665", 2018, "OFFICIAL", "300");
    String file =
        HEADER
            + indicator
            + ",665,2018,305,OFFICIAL,Cục Thống kê\n"
            + indicator
            + ",665,2017,290,OFFICIAL,Cục Thống kê\n";
    Api.admin()
        .contentType("text/csv; charset=UTF-8")
        .body(file)
        .post("/api/observations/import?dryRun=false")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("reason"));
    // all or nothing: the new figure of 2017 was not stored either
    Api.viewer().get(KEY, indicator, "665", 2017, "OFFICIAL").then().statusCode(404);
    Api.viewer().get(KEY, indicator, "665", 2018, "OFFICIAL").then().body("value", is(300));
    commit(file, "Số liệu chính thức sau sáp nhập");
    Api.viewer()
        .get(HISTORY, indicator, "665", 2018, "OFFICIAL")
        .then()
        .body("items.newValue", contains(305, 300))
        .body("items[0].reason", is("Số liệu chính thức sau sáp nhập"));
  }

  @Test
  void theNewInputsFollowTheInputPolicy() {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    String unit = Api.openDistrict();
    Api.admin()
        .body(Map.of("value", 1, "reason", "x".repeat(501)))
        .put(KEY, indicator, unit, 2020, "ESTIMATE")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem(containsString("reason")));
    Api.admin()
        .body(Map.of("value", 1, "reason", 12))
        .put(KEY, indicator, unit, 2020, "ESTIMATE")
        .then()
        .statusCode(400);
    Api.admin()
        .contentType("text/csv; charset=UTF-8")
        .queryParam("reason", "x".repeat(501))
        .body(HEADER + indicator + "," + unit + ",2015,1,OFFICIAL,\n")
        .post("/api/observations/import?dryRun=false")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    Api.viewer().get(KEY, indicator, unit, 2020, "ESTIMATE").then().statusCode(404);
    Api.viewer().get(KEY, indicator, unit, 2015, "OFFICIAL").then().statusCode(404);
    Api.viewer()
        .get(HISTORY, indicator, unit, 2020, "ESTIMATE")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    put(indicator, unit, "5");
    Api.viewer()
        .queryParam("size", 201)
        .get(HISTORY, indicator, unit, 2020, "ESTIMATE")
        .then()
        .statusCode(400);
    Api.viewer()
        .queryParam("page", "abc")
        .get(HISTORY, indicator, unit, 2020, "ESTIMATE")
        .then()
        .statusCode(400);
  }

  /** Concurrent writers of one figure: every change is kept once, each from the one before. */
  @Test
  void concurrentWritersLeaveAnUnbrokenChain() throws Exception {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    String unit = Api.openDistrict();
    int writers = 8;
    var pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 1; i <= writers; i++) {
        int value = i;
        Callable<Integer> write =
            () ->
                Api.admin()
                    .body(Map.of("value", value))
                    .put(KEY, indicator, unit, 2020, "ESTIMATE")
                    .statusCode();
        answers.add(pool.submit(write));
      }
      for (var answer : answers) {
        assertEquals(true, List.of(200, 201).contains(answer.get()));
      }
    } finally {
      pool.shutdown();
    }
    JsonPath page =
        Api.viewer()
            .queryParam("size", 50)
            .get(HISTORY, indicator, unit, 2020, "ESTIMATE")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Object> olds = page.getList("items.oldValue");
    List<Object> news = page.getList("items.newValue");
    assertEquals(writers, news.size());
    assertEquals(null, olds.get(writers - 1));
    for (int i = 0; i < writers - 1; i++) {
      assertEquals(news.get(i + 1), olds.get(i), "revision " + i + " starts where the next ended");
    }
    Object current =
        Api.viewer().get(KEY, indicator, unit, 2020, "ESTIMATE").then().extract().path("value");
    assertEquals(news.get(0), current);
  }

  private static void put(String indicator, String unit, String value) {
    Api.statistician(unit)
        .body(Map.of("value", new java.math.BigDecimal(value)))
        .put(KEY, indicator, unit, 2020, "ESTIMATE")
        .then()
        .statusCode(org.hamcrest.Matchers.anyOf(is(200), is(201)));
  }

  private static JsonPath commit(String file, String reason) {
    var request = Api.admin().contentType("text/csv; charset=UTF-8").body(file);
    if (reason != null) {
      request = request.queryParam("reason", reason);
    }
    return request
        .post("/api/observations/import?dryRun=false")
        .then()
        .statusCode(200)
        .body("committed", is(true))
        .body("importId", notNullValue())
        .extract()
        .jsonPath();
  }
}
