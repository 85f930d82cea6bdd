package vn.khaosat.indicators.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The creations of a CSV import are kept on the figures (V8), not as a revision row each, and the
 * history reads the same as if they were rows: through a later change, and after a deletion, which
 * writes the creation out first.
 */
@QuarkusTest
class ImportCreationHistoryTest {

  private static final String KEY = "/api/observations/{i}/{u}/{y}/{s}";
  private static final String HISTORY = KEY + "/history";

  @Inject DataSource database;

  @Test
  void anImportsCreationIsKeptOnTheFigureAndReadAsARevision() throws SQLException {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    String unit = Api.openDistrict();
    String importId = commit(indicator, unit, "100").getString("importId");
    assertEquals(0, storedRevisions(indicator, unit), "no revision row for an import's creation");
    Api.viewer()
        .get(HISTORY, indicator, unit, 2020, "ESTIMATE")
        .then()
        .statusCode(200)
        .body("items.oldValue", contains((Object) null))
        .body("items.newValue", contains(100))
        .body("items.newSource", contains("Cục Thống kê"))
        .body("items.changedBy", contains("admin"))
        .body("items.importId", contains(importId))
        .body("items[0].id", notNullValue());

    // a later PUT: the creation keeps the import's value, the current figure the PUT's
    put(indicator, unit, "130");
    Api.viewer()
        .get(HISTORY, indicator, unit, 2020, "ESTIMATE")
        .then()
        .body("items.oldValue", contains(100, null))
        .body("items.newValue", contains(130, 100))
        .body("items.changedBy", contains("statistician", "admin"))
        .body("items.importId", contains(null, importId));
    // a second import that changes it: its revision, with the old value the PUT left
    String second = commit(indicator, unit, "140").getString("importId");
    Api.viewer()
        .get(HISTORY, indicator, unit, 2020, "ESTIMATE")
        .then()
        .body("items.newValue", contains(140, 130, 100))
        .body("items.oldValue", contains(130, 100, null))
        .body("items.importId", contains(second, null, importId));
  }

  @Test
  void deletingAnImportedFigureWritesItsCreationOutFirst() throws SQLException {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    String unit = Api.openDistrict();
    String importId = commit(indicator, unit, "55.5").getString("importId");
    Api.admin().delete(KEY, indicator, unit, 2020, "ESTIMATE").then().statusCode(204);
    assertEquals(2, storedRevisions(indicator, unit), "the creation and the deletion, as rows");
    Api.viewer()
        .get(HISTORY, indicator, unit, 2020, "ESTIMATE")
        .then()
        .statusCode(200)
        .body("items.oldValue", contains(55.5f, null))
        .body("items.newValue", contains(null, 55.5f))
        .body("items.importId", contains(null, importId))
        .body("totalItems", is(2));
    // created again by an import: a new creation, newest first, on top of the old life's
    String again = commit(indicator, unit, "60").getString("importId");
    Api.viewer()
        .get(HISTORY, indicator, unit, 2020, "ESTIMATE")
        .then()
        .body("items.newValue", contains(60, null, 55.5f))
        .body("items.importId", contains(again, null, importId));
  }

  private int storedRevisions(String indicator, String unit) throws SQLException {
    try (var c = database.getConnection();
        var s =
            c.prepareStatement(
                "select count(*) from observation_revision"
                    + " where indicator_code = ? and unit_code = ?")) {
      s.setString(1, indicator);
      s.setString(2, unit);
      try (var r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  private static void put(String indicator, String unit, String value) {
    Api.statistician(unit)
        .body(Map.of("value", new BigDecimal(value)))
        .put(KEY, indicator, unit, 2020, "ESTIMATE")
        .then()
        .statusCode(200);
  }

  private static JsonPath commit(String indicator, String unit, String value) {
    String file =
        "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS,SOURCE\n"
            + String.join(",", indicator, unit, "2020", value, "ESTIMATE", "Cục Thống kê")
            + "\n";
    return Api.admin()
        .contentType("text/csv; charset=UTF-8")
        .body(file)
        .post("/api/observations/import?dryRun=false")
        .then()
        .statusCode(200)
        .body("committed", is(true))
        .extract()
        .jsonPath();
  }
}
