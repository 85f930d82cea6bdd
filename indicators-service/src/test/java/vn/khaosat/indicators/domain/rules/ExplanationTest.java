package vn.khaosat.indicators.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.khaosat.indicators.domain.rules.Direction.HIGHER_IS_BETTER;
import static vn.khaosat.indicators.domain.rules.Direction.LOWER_IS_BETTER;
import static vn.khaosat.indicators.domain.rules.Fixtures.*;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one-sentence explanation in Vietnamese and English. */
class ExplanationTest {
  private final TargetEvaluator evaluator = new TargetEvaluator();
  private static final TargetSpec GROWTH_8 =
      TargetSpec.atLeast(Measure.AVERAGE_GROWTH, bd("8"), HIGHER_IS_BETTER, 1);

  private String explain(TargetSpec spec, int year, Series main, Locale locale) {
    return evaluator.evaluate(new EvaluationInput(spec, TERM, year, main), locale).explanation();
  }

  @Test
  void canonicalSentence() {
    Series s = levels(2015, "100", null, null, null, "137.3");
    assertEquals(
        "Tăng trưởng bình quân 2016-2019 đạt 8,25 %/năm so với chỉ tiêu 8 %/năm trở lên: vượt.",
        explain(GROWTH_8, 2019, s, VI));
    assertEquals(
        "Average growth 2016-2019 is 8.25 %/year against a target of at least 8 %/year: exceeded.",
        explain(GROWTH_8, 2019, s, EN));
  }

  @Test
  void notYetMetNamesTheRequiredAndTheBestRate() {
    Series s = levels(2015, "100", "103", "120", "124", "130");
    assertEquals(
        "Tăng trưởng bình quân 2016-2019 đạt 6,78 %/năm so với chỉ tiêu 8 %/năm trở lên: chưa đạt;"
            + " cần tăng 13,03 %/năm đến năm 2020, tốt nhất đã có tăng 16,50 %/năm (năm 2017).",
        explain(GROWTH_8, 2019, s, VI));
    assertEquals(
        "Average growth 2016-2019 is 6.78 %/year against a target of at least 8 %/year: not yet met;"
            + " it needs growth of 13.03 %/year until 2020, the best so far being growth of 16.50 %/year (2017).",
        explain(GROWTH_8, 2019, s, EN));
  }

  @Test
  void noTrendAndNoData() {
    assertEquals(
        "Average growth 2016-2018 is 3.23 %/year against a target of at least 8 %/year: not yet met;"
            + " it needs growth of 15.57 %/year until 2020, with no two consecutive years to compare yet.",
        explain(GROWTH_8, 2018, levels(2015, "100", null, null, "110"), EN));
    assertEquals(
        "Tăng trưởng bình quân 2016-2019: chưa có số liệu (thiếu số liệu năm 2019).",
        explain(GROWTH_8, 2019, levels(2015, "100"), VI));
    assertEquals(
        "Average growth 2016-2019: no data (no value for the base year 2015).",
        explain(GROWTH_8, 2019, levels(2019, "130"), EN));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "vi|Số hộ nghèo: Giá trị năm 2020 đạt 1.580 so với chỉ tiêu không quá 1.600: vượt.",
        "en|Số hộ nghèo: The value in 2020 is 1,580 against a target of at most 1,600: exceeded."
      })
  void levelsUseThousandsSeparators(String language, String expected) {
    TargetSpec spec = TargetSpec.atMost(Measure.LEVEL, bd("1600"), LOWER_IS_BETTER, 0);
    assertEquals(
        expected,
        "Số hộ nghèo: "
            + explain(spec, 2020, levels(2020, "1580"), Locale.forLanguageTag(language)));
  }

  @Test
  void rangeAndApproximatelyPhrases() {
    TargetSpec range = TargetSpec.range(Measure.SHARE, bd("30"), bd("35"), HIGHER_IS_BETTER, 1);
    assertEquals(
        "Tỷ trọng năm 2020 đạt 32,50 % so với chỉ tiêu từ 30 đến 35 %: đạt.",
        explain(range, 2020, levels(2020, "32.5"), VI));
    TargetSpec about =
        TargetSpec.approximately(Measure.SHARE, bd("32"), bd("0.5"), HIGHER_IS_BETTER, 1);
    assertEquals(
        "The share in 2020 is 31.40 % against a target of about 32 % (±0.5): not met.",
        explain(about, 2020, levels(2020, "31.4"), EN));
  }

  @Test
  void pointsAreNamedAsAFall() {
    TargetSpec spec =
        TargetSpec.atLeast(Measure.PERCENTAGE_POINT_CHANGE, bd("1.5"), LOWER_IS_BETTER, 1);
    assertEquals(
        "Mức giảm bình quân 2016-2017 đạt 1,10 điểm %/năm so với chỉ tiêu 1,5 điểm %/năm trở lên: không đạt;"
            + " cần giảm 1,77 điểm %/năm đến năm 2020, tốt nhất đã có giảm 1,50 điểm %/năm (năm 2016).",
        explain(spec, 2017, levels(2015, "10.0", "8.5", "7.8"), VI));
  }
}
