package vn.khaosat.indicators.domain.rules;

import java.math.BigDecimal;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BinaryOperator;

/**
 * Year → value within the term so far (diễn biến hằng năm), used to find the best yearly progress
 * between consecutive years.
 */
final class YearlyHistory {
  private final NavigableMap<Integer, BigDecimal> values;

  YearlyHistory(NavigableMap<Integer, BigDecimal> values) {
    this.values = values;
  }

  /** The best actuals of years from..to whose poverty standard is compatible with the given one. */
  static YearlyHistory levels(Series series, int from, int to, String povertyStandard) {
    NavigableMap<Integer, BigDecimal> values = new TreeMap<>();
    for (int y = from; y <= to; y++) {
      int year = y;
      series.bestCompatible(y, povertyStandard).ifPresent(v -> values.put(year, v.value()));
    }
    return new YearlyHistory(values);
  }

  /** The value of the year, or null. */
  BigDecimal get(int year) {
    return values.get(year);
  }

  /**
   * The largest progress(previous, current) over pairs of consecutive years, with the later year;
   * empty when there is no such pair. progress returns null for a pair it cannot judge.
   */
  Optional<Best> best(BinaryOperator<BigDecimal> progress) {
    Best best = null;
    for (Map.Entry<Integer, BigDecimal> e : values.entrySet()) {
      BigDecimal previous = values.get(e.getKey() - 1);
      if (previous == null) {
        continue;
      }
      BigDecimal p = progress.apply(previous, e.getValue());
      // Strictly greater keeps the earliest year on a tie.
      if (p != null && (best == null || p.compareTo(best.rate()) > 0)) {
        best = new Best(p, e.getKey());
      }
    }
    return Optional.ofNullable(best);
  }

  /** A yearly progress and the year it ended in. */
  record Best(BigDecimal rate, int year) {}
}
