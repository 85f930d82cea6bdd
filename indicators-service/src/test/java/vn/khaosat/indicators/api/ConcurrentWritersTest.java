package vn.khaosat.indicators.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.khaosat.testing.concurrency.Together;

/**
 * Writers of one key at the same moment, on real threads against the real database: a PUT is
 * idempotent, so each gets a 2xx and the last write wins; only a stale If-Match loses (412). Never
 * a 409, never a 500 (issue 16: a soak found both on two first writes of one figure).
 */
@QuarkusTest
class ConcurrentWritersTest {

  private static final String KEY = "/api/observations/{i}/{u}/{y}/{s}";
  private static final int WRITERS = 12;
  private static final int ROUNDS = 10;

  @RegisterExtension static final Together together = new Together(WRITERS);

  @Test
  void firstWritesOfOneFigureAllSucceedAndEveryOneIsApplied() throws Exception {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    String unit = Api.openDistrict();
    for (int round = 0; round < ROUNDS; round++) {
      int year = 2001 + round;
      List<Integer> statuses =
          together.run(
              WRITERS,
              copy ->
                  Api.statistician(unit)
                      .body(Map.of("value", new BigDecimal(100 + copy), "source", "Người " + copy))
                      .put(KEY, indicator, unit, year, "OFFICIAL")
                      .statusCode());
      assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 201), statuses::toString);
      assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
      var stored = Api.viewer().get(KEY, indicator, unit, year, "OFFICIAL").jsonPath();
      // every write was applied, one after the other: none was lost
      assertEquals(WRITERS - 1, stored.getInt("version"));
      int value = stored.getInt("value");
      assertTrue(value >= 100 && value < 100 + WRITERS, "one writer's value: " + value);
      assertEquals("Người " + (value - 100), stored.getString("source"), "one write, whole");
    }
  }

  @Test
  void writersOfOneVersionGetOneSuccessAndPreconditionFailures() throws Exception {
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    String unit = Api.openDistrict();
    for (int round = 0; round < ROUNDS; round++) {
      int year = 2001 + round;
      Api.figure(indicator, unit, year, "OFFICIAL", "10");
      String etag = Api.viewer().get(KEY, indicator, unit, year, "OFFICIAL").header("ETag");
      List<Integer> statuses =
          together.run(
              WRITERS,
              copy ->
                  Api.admin()
                      .header("If-Match", etag)
                      .body(Map.of("value", 100 + copy))
                      .put(KEY, indicator, unit, year, "OFFICIAL")
                      .statusCode());
      assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses::toString);
      assertEquals(
          WRITERS - 1, statuses.stream().filter(s -> s == 412).count(), statuses::toString);
      Api.viewer().get(KEY, indicator, unit, year, "OFFICIAL").then().statusCode(200);
      assertEquals(
          1, Api.viewer().get(KEY, indicator, unit, year, "OFFICIAL").jsonPath().getInt("version"));
    }
  }

  @Test
  void replacesOfAnIndicatorAUnitAResolutionAndATargetAllSucceed() throws Exception {
    String province = Api.unique("P");
    Api.createUnit(province, "Tỉnh thử " + province, "PROVINCE", null);
    String district = Api.unique("D");
    Api.createUnit(district, "Huyện thử " + district, "DISTRICT", province);
    String indicator = Api.indicator("HIGHER_IS_BETTER", 1, "tỷ đồng");
    long resolution = Api.resolution(district, "2015-2020");
    long target = Api.target(resolution, indicator, "LEVEL", "AT_LEAST", 10);
    Map<String, Body> replaces =
        Map.of(
            "/api/indicators/" + indicator,
            n ->
                Map.of(
                    "name", "Chỉ tiêu " + n,
                    "unitOfMeasure", "tỷ đồng",
                    "direction", "HIGHER_IS_BETTER",
                    "priceBasis", "CURRENT",
                    "decimals", 1),
            "/api/units/" + district,
            n -> Api.unitBody(district, "Huyện " + n, "DISTRICT", province),
            "/api/resolutions/" + resolution,
            n -> Map.of("title", "Nghị quyết " + n, "unitCode", district, "termCode", "2015-2020"),
            "/api/targets/" + target,
            n -> {
              var body = Api.targetBody(resolution, indicator, "LEVEL", "AT_LEAST");
              body.put("value", 10 + n);
              return body;
            });
    for (var replace : replaces.entrySet()) {
      long before = Api.viewer().get(replace.getKey()).jsonPath().getLong("version");
      for (int round = 0; round < 3; round++) {
        // each writer's body differs from every other one, in this round and the ones before
        int writersBefore = round * WRITERS;
        List<Integer> statuses =
            together.run(
                WRITERS,
                copy ->
                    Api.admin()
                        .body(replace.getValue().of(writersBefore + copy))
                        .put(replace.getKey())
                        .statusCode());
        assertTrue(statuses.stream().allMatch(s -> s == 200), replace.getKey() + " " + statuses);
      }
      long after = Api.viewer().get(replace.getKey()).jsonPath().getLong("version");
      assertEquals(before + 3 * WRITERS, after, replace.getKey() + ": every replace applied");
    }
  }

  @Test
  void twoCreatesOfOneCodeStayOneCreateAndConflictsNamingTheCode() throws Exception {
    for (int round = 0; round < 3; round++) {
      String code = Api.unique("P");
      List<io.restassured.response.Response> answers =
          together.run(
              WRITERS,
              copy ->
                  Api.admin()
                      .body(Api.unitBody(code, "Tỉnh " + copy, "PROVINCE", null))
                      .post("/api/units"));
      assertEquals(
          1, answers.stream().filter(r -> r.statusCode() == 201).count(), code + " created once");
      for (var answer : answers) {
        if (answer.statusCode() != 201) {
          assertEquals(409, answer.statusCode(), answer.asString());
          assertTrue(answer.jsonPath().getString("detail").contains(code), answer.asString());
        }
      }
    }
  }

  /** The body of the {@code n}th writer's replace. */
  @FunctionalInterface
  private interface Body {
    Object of(int n);
  }
}
