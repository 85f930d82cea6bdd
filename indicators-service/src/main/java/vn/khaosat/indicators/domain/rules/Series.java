package vn.khaosat.indicators.domain.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/** The figures of one indicator for one unit over the years (dãy số liệu), in any order. */
public record Series(String indicatorCode, String unitCode, List<ObservedValue> values) {

  public Series {
    values = values == null ? List.of() : List.copyOf(values);
  }

  /** Convenience constructor. */
  public static Series of(String indicatorCode, String unitCode, ObservedValue... values) {
    return new Series(indicatorCode, unitCode, List.of(values));
  }

  /**
   * The best actual of the year: OFFICIAL over PRELIMINARY over ESTIMATE, never PLAN; on a tie the
   * later entry wins because it was recorded later.
   */
  public Optional<ObservedValue> best(int year) {
    return bestCompatible(year, null);
  }

  /**
   * Like {@link #best(int)} but only among values whose poverty standard is compatible with the
   * given one (see {@link #compatible(String, String)}); a null standard accepts every value.
   */
  public Optional<ObservedValue> bestCompatible(int year, String povertyStandard) {
    ObservedValue best = null;
    for (ObservedValue v : values) {
      if (v.year() != year || !v.isActual() || !compatible(v.povertyStandard(), povertyStandard)) {
        continue;
      }
      if (best == null || v.status().rank() >= best.status().rank()) {
        best = v;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Years that hold at least one actual, ascending. */
  public SortedSet<Integer> years() {
    SortedSet<Integer> years = new TreeSet<>();
    values.stream().filter(ObservedValue::isActual).forEach(v -> years.add(v.year()));
    return years;
  }

  /**
   * Two poverty standards may be compared when they are equal or either is absent (figures that are
   * not poverty figures carry none, e.g. the total number of households).
   */
  public static boolean compatible(String a, String b) {
    return a == null || b == null || Objects.equals(a, b);
  }
}
