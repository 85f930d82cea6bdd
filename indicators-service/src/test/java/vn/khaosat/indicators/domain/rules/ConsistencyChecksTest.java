package vn.khaosat.indicators.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.khaosat.indicators.domain.rules.Fixtures.*;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Consistency warnings: shares, reported averages, estimates against official figures. */
class ConsistencyChecksTest {

  private static Map<String, BigDecimal> shares(String a, String b, String c) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    m.put("AGRI", bd(a));
    m.put("INDUSTRY", bd(b));
    m.put("SERVICES", bd(c));
    return m;
  }

  @ParameterizedTest
  @CsvSource({
    "21.7, false",
    "22.7, true",
    "21.8, false",
    "21.81, true",
    "21.6, false",
    "21.59, true"
  })
  void sharesMustAddUpToAHundredWithinATenth(String third, boolean warns) {
    assertEquals(
        warns, ConsistencyChecks.sharesAddUp(shares("58.6", "19.7", third), EN).isPresent());
  }

  @Test
  void sharesWarningNamesTheSum() {
    Warning w = ConsistencyChecks.sharesAddUp(shares("58.6", "19.7", "22.7"), VI).orElseThrow();
    assertEquals(Warning.SHARES_DO_NOT_ADD_UP, w.code());
    assertEquals("Tổng các tỷ trọng là 101,0 %, không bằng 100 % (lệch 1,0 điểm).", w.message());
    assertEquals(
        "The shares add up to 101.0 %, not 100 % (off by 1.0 points).",
        ConsistencyChecks.sharesAddUp(shares("58.6", "19.7", "22.7"), EN).orElseThrow().message());
  }

  @Test
  void incompleteSharesAreNotChecked() {
    assertTrue(ConsistencyChecks.sharesAddUp(Map.of(), EN).isEmpty());
    Map<String, BigDecimal> withGap = new HashMap<>(shares("58.6", "19.7", "1"));
    withGap.put("SERVICES", null);
    assertTrue(ConsistencyChecks.sharesAddUp(withGap, EN).isEmpty());
  }

  @ParameterizedTest
  @CsvSource({"8.8, true", "8.3, false", "8.1, true", "8.2, false"})
  void reportedAverageAgainstGeometric(String reported, boolean warns) {
    BigDecimal geometric =
        new MeasureCalculator()
            .compute(
                new MeasureInput(
                    Measure.AVERAGE_GROWTH,
                    2019,
                    2015,
                    levels(2015, "100", null, null, null, "137.3")))
            .value();
    Optional<Warning> w = ConsistencyChecks.reportedAverage(bd(reported), geometric, EN);
    assertEquals(warns, w.isPresent());
  }

  @Test
  void reportedAverageMessage() {
    Warning w = ConsistencyChecks.reportedAverage(bd("8.8"), bd("8.2474"), VI).orElseThrow();
    assertEquals(Warning.REPORTED_AVERAGE_MISMATCH, w.code());
    assertEquals(
        "Số bình quân báo cáo 8,8 %/năm lệch 0,55 điểm so với bình quân nhân 8,25 %/năm.",
        w.message());
    assertTrue(ConsistencyChecks.reportedAverage(null, bd("8"), VI).isEmpty());
  }

  @Test
  void estimatesThatDifferFromOfficialFiguresAreFlagged() {
    Series s =
        series(
            est(2018, "120"),
            off(2018, "121.5"),
            pre(2019, "130"),
            off(2019, "130.0"),
            est(2020, "140"));
    List<Warning> warnings = ConsistencyChecks.estimatesWhereOfficialExists(s, VI);
    assertEquals(1, warnings.size()); // 2019 agrees (130 = 130.0), 2020 has no official figure
    assertEquals("Năm 2018 có số ước 120 khác số chính thức 121,5.", warnings.get(0).message());
    Series preliminary = series(pre(2019, "131"), off(2019, "130"));
    assertEquals(
        List.of(
            new Warning(
                Warning.ESTIMATE_WHERE_OFFICIAL_EXISTS,
                "The preliminary figure for 2019, 131, differs from the official figure 130.")),
        ConsistencyChecks.estimatesWhereOfficialExists(preliminary, EN));
  }
}
