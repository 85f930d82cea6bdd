package vn.khaosat.indicators.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The lists an answer carries have the length the document states, because what fills them is
 * bounded when it is written: a unit's targets in a term (the scorecard), the units naming one as
 * their successor (its predecessors).
 */
@QuarkusTest
class CollectionLimitsTest {

  @Inject DataSource database;

  @Test
  void aUnitHasAtMost1000TargetsInATerm() throws Exception {
    String unit = Api.openDistrict();
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    long first = Api.resolution(unit, "2020-2025");
    long second = Api.resolution(unit, "2020-2025");
    // 999 written directly, for speed; the API writes the 1000th, over two resolutions
    try (var c = database.getConnection();
        var insert =
            c.prepareStatement(
                "insert into target (id, resolution_id, indicator_code, measure, comparator, value)"
                    + " select nextval('target_seq'), ?, ?, 'LEVEL', 'AT_LEAST', g"
                    + " from generate_series(1, 999) g")) {
      insert.setLong(1, first);
      insert.setString(2, indicator);
      insert.executeUpdate();
    }
    Api.target(second, indicator, "LEVEL", "AT_LEAST", 1000);
    Api.admin()
        .body(withValue(Api.targetBody(first, indicator, "LEVEL", "AT_LEAST")))
        .post("/api/targets")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("1000"));
    // another term of the same unit has room of its own
    Api.target(Api.resolution(unit, "2015-2020"), indicator, "LEVEL", "AT_LEAST", 1);
  }

  private static java.util.Map<String, Object> withValue(java.util.Map<String, Object> body) {
    body.put("value", 1);
    return body;
  }

  @Test
  void aUnitIsNamedAsSuccessorByAtMost50Units() {
    String province = Api.unique("CLP");
    Api.createUnit(province, "Tỉnh thử " + province, "PROVINCE", null);
    String successor = Api.unique("CLS");
    Api.createUnit(successor, "Huyện kế thừa", "DISTRICT", province);
    for (int i = 0; i < 50; i++) {
      Api.admin()
          .body(closedInto(Api.unique("CLD"), province, successor))
          .post("/api/units")
          .then()
          .statusCode(201);
    }
    Api.admin()
        .body(closedInto(Api.unique("CLD"), province, successor))
        .post("/api/units")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("successorCodes"))
        .body("detail", containsString("50"));
    Api.viewer().get("/api/units/{c}/predecessors", successor).then().body("$", hasSize(50));
  }

  private static java.util.Map<String, Object> closedInto(
      String code, String parent, String successor) {
    var body = Api.unitBody(code, "Huyện đã giải thể", "DISTRICT", parent);
    body.put("validTo", "2020-12-31");
    body.put("successorCodes", List.of(successor));
    return body;
  }
}
