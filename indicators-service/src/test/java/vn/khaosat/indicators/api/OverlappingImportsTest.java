package vn.khaosat.indicators.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.khaosat.testing.concurrency.SerialOrder;
import vn.khaosat.testing.concurrency.Together;

/**
 * Two commits of CSV files that share keys, and a dry run, all at once: what they answer and what
 * is stored must be what one of them wholly after the other gives (never a mix of both files, never
 * rows lost), and the dry run must count against one state, before, between or after them.
 *
 * <p>The files are made so that a mix shows: B leaves 200 figures as they were first stored, which
 * it skips as unchanged when it reads before A's commit, so that A's values of those would survive
 * beside B's values of the figures it does write.
 */
@QuarkusTest
class OverlappingImportsTest {

  private static final String HEADER = "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n";
  private static final int KEYS = 1000;
  private static final int YEARS = 200;
  private static final int ROUNDS = 6;

  /** The stored figures, key number to value, of one round. */
  record Figures(Map<Integer, Integer> values) {
    /** Runs of keys with one value, e.g. "0..399=2, 400..999=3". */
    @Override
    public String toString() {
      StringBuilder runs = new StringBuilder();
      var keys = new java.util.TreeMap<>(values);
      Integer start = null;
      Integer previous = null;
      for (var entry : keys.entrySet()) {
        if (start != null
            && (entry.getKey() != previous + 1 || !entry.getValue().equals(values.get(start)))) {
          runs.append(start).append("..").append(previous).append('=').append(values.get(start));
          runs.append(", ");
          start = null;
        }
        if (start == null) {
          start = entry.getKey();
        }
        previous = entry.getKey();
      }
      if (start != null) {
        runs.append(start).append("..").append(previous).append('=').append(values.get(start));
      }
      return "{" + runs + "}";
    }
  }

  /** What an import answered: its counts, or its status when it was refused. */
  record Answer(int status, int imported, int updated, int unchanged) {}

  @Test
  void overlappingCommitsApplyOneFileWhollyAfterTheOtherAndADryRunReadsOneState() throws Exception {
    String unit = Api.openDistrict();
    try (Together together = new Together(3)) {
      for (int round = 0; round < ROUNDS; round++) {
        List<String> indicators =
            IntStream.range(0, KEYS / YEARS)
                .mapToObj(i -> Api.indicator("HIGHER_IS_BETTER", 0, "ha"))
                .toList();
        Map<Integer, Integer> first = values(0, 600, k -> 1);
        Map<Integer, Integer> a = values(0, 800, k -> 2);
        Map<Integer, Integer> b = values(200, 1000, k -> k < 400 ? 1 : 3);
        Answer seeded = commit(csv(indicators, unit, first), false);
        assertEquals(new Answer(200, 600, 0, 0), seeded);
        List<Callable<Answer>> tasks =
            List.of(
                () -> commit(csv(indicators, unit, a), false),
                () -> commit(csv(indicators, unit, b), false),
                () -> commit(csv(indicators, unit, a), true));
        List<Answer> answers = together.run(tasks);
        Figures end = stored(indicators, unit);
        new SerialOrder<Figures, Answer>()
            .operation("commit A", state -> apply(state, a, true))
            .operation("commit B", state -> apply(state, b, true))
            .operation("dry run of A", state -> apply(state, a, false))
            .explain(new Figures(first), answers, end);
      }
    }
  }

  /** What importing {@code file} answers in {@code state}, and the state it leaves. */
  private static SerialOrder.Step<Figures, Answer> apply(
      Figures state, Map<Integer, Integer> file, boolean commit) {
    int imported = 0;
    int updated = 0;
    Map<Integer, Integer> after = new HashMap<>(state.values());
    for (var line : file.entrySet()) {
      Integer stored = state.values().get(line.getKey());
      if (stored == null) {
        imported++;
      } else if (!stored.equals(line.getValue())) {
        updated++;
      }
      after.put(line.getKey(), line.getValue());
    }
    Answer answer = new Answer(200, imported, updated, file.size() - imported - updated);
    return new SerialOrder.Step<>(answer, commit ? new Figures(after) : state);
  }

  private static Map<Integer, Integer> values(
      int from, int to, java.util.function.IntUnaryOperator value) {
    Map<Integer, Integer> values = new java.util.LinkedHashMap<>();
    for (int k = from; k < to; k++) {
      values.put(k, value.applyAsInt(k));
    }
    return values;
  }

  private static String csv(List<String> indicators, String unit, Map<Integer, Integer> values) {
    StringBuilder csv = new StringBuilder(HEADER);
    values.forEach(
        (k, v) ->
            csv.append(indicators.get(k / YEARS))
                .append(',')
                .append(unit)
                .append(',')
                .append(2000 + k % YEARS)
                .append(',')
                .append(v)
                .append(",OFFICIAL\n"));
    return csv.toString();
  }

  private static Answer commit(String csv, boolean dryRun) {
    var response =
        Api.admin()
            .contentType("text/csv; charset=UTF-8")
            .body(csv)
            .post("/api/observations/import?dryRun=" + dryRun);
    if (response.statusCode() != 200) {
      return new Answer(response.statusCode(), 0, 0, 0);
    }
    JsonPath summary = response.jsonPath();
    return new Answer(
        200, summary.getInt("imported"), summary.getInt("updated"), summary.getInt("unchanged"));
  }

  private static Figures stored(List<String> indicators, String unit) {
    String csv =
        Api.viewer()
            .get("/api/observations/export?unit={u}", unit)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    Map<Integer, Integer> values = new HashMap<>();
    List<String> lines = new ArrayList<>(List.of(csv.split("\r?\n")));
    lines.remove(0);
    for (String line : lines) {
      String[] cells = line.split(",");
      int indicator = indicators.indexOf(cells[0]);
      if (indicator >= 0) {
        values.put(
            indicator * YEARS + Integer.parseInt(cells[2]) - 2000,
            new BigDecimal(cells[3]).intValueExact());
      }
    }
    return new Figures(values);
  }
}
