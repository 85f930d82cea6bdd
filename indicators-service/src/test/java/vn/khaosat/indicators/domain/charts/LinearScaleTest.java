package vn.khaosat.indicators.domain.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinearScaleTest {

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  @Test
  void ticksAreOneTwoOrFiveTimesAPowerOfTenAndCoverTheValues() {
    LinearScale scale = LinearScale.covering(d("5.2"), d("8.25"), 5, 300, 50);
    assertEquals(d("1"), scale.step());
    assertEquals(List.of(d("5"), d("6"), d("7"), d("8"), d("9")), scale.ticks());
    LinearScale big = LinearScale.covering(d("110"), d("1137.3"), 5, 300, 50);
    assertEquals(0, d("500").compareTo(big.step()));
    assertEquals(0, BigDecimal.ZERO.compareTo(big.min()));
    assertEquals(0, d("1500").compareTo(big.max()));
    assertEquals(0, d("0.05").compareTo(LinearScale.niceStep(d("0.2"), 5)));
  }

  @Test
  void aValueMapsLinearlyOntoThePixels() {
    LinearScale scale = LinearScale.covering(d("0"), d("100"), 5, 300, 50);
    assertEquals(300, scale.at(d("0")), 1e-9);
    assertEquals(50, scale.at(d("100")), 1e-9);
    assertEquals(175, scale.at(d("50")), 1e-9);
    assertEquals(300 - 250 * 0.8225, scale.at(d("82.25")), 1e-9);
  }

  @Test
  void oneValueAloneSitsInsideTheScale() {
    LinearScale scale = LinearScale.covering(d("8"), d("8"), 5, 300, 50);
    double y = scale.at(d("8"));
    assertEquals(true, y < 300 && y > 50, "inside: " + y);
    LinearScale zero = LinearScale.covering(d("0"), d("0"), 5, 0, 100);
    assertEquals(50, zero.at(d("0")), 1e-9);
  }

  @Test
  void negativeValuesAreCovered() {
    LinearScale scale = LinearScale.covering(d("-12.5"), d("130"), 5, 0, 100);
    assertEquals(true, scale.min().compareTo(d("-12.5")) <= 0);
    assertEquals(true, scale.max().compareTo(d("130")) >= 0);
    assertThrows(
        IllegalArgumentException.class, () -> LinearScale.covering(d("2"), d("1"), 5, 0, 1));
  }
}
