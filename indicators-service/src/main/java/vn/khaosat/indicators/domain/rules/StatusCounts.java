package vn.khaosat.indicators.domain.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A scorecard tally of target statuses (tổng hợp kết quả), e.g. "13/26 vượt, 10/26 đạt, 3/26 không
 * đạt".
 */
public final class StatusCounts {
  private final Map<TargetStatus, Integer> counts;
  private final int total;

  private StatusCounts(Map<TargetStatus, Integer> counts, int total) {
    this.counts = Collections.unmodifiableMap(counts);
    this.total = total;
  }

  /** Counts the statuses; null elements are rejected. */
  public static StatusCounts of(Collection<TargetStatus> statuses) {
    Map<TargetStatus, Integer> counts = new EnumMap<>(TargetStatus.class);
    for (TargetStatus s : statuses) {
      counts.merge(Objects.requireNonNull(s, "status"), 1, Integer::sum);
    }
    return new StatusCounts(counts, statuses.size());
  }

  public int count(TargetStatus status) {
    return counts.getOrDefault(status, 0);
  }

  public int total() {
    return total;
  }

  /** Non-zero counts in status order. */
  public Map<TargetStatus, Integer> counts() {
    return counts;
  }

  /** "13/26 vượt, 10/26 đạt, 3/26 không đạt" (vi) or "13/26 exceeded, …" (en); "" when empty. */
  public String phrase(Locale locale) {
    Messages m = Messages.of(locale);
    List<String> parts = new ArrayList<>();
    for (Map.Entry<TargetStatus, Integer> e : counts.entrySet()) {
      String label = m.statusLabel(e.getKey()).toLowerCase(m.locale());
      parts.add(e.getValue() + "/" + total + " " + label);
    }
    return String.join(", ", parts);
  }
}
