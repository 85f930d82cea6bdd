package vn.khaosat.indicators.domain.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the observations one computation uses (thu thập số liệu đầu vào), records them with their
 * status, and notices when they carry different poverty standards.
 */
final class InputCollector {
  private final Messages messages;
  private final List<InputUsed> used = new ArrayList<>();
  private final List<Warning> warnings = new ArrayList<>();
  private final Set<String> standards = new LinkedHashSet<>();
  private final Set<String> seen = new HashSet<>();

  InputCollector(Messages messages) {
    this.messages = messages;
  }

  /**
   * The best actual of the year, preferring one whose poverty standard matches those taken so far
   * (so a year restated under the new standard is compared with the new standard); null when none.
   */
  ObservedValue take(Series series, int year) {
    if (series == null) {
      return null;
    }
    String wanted = standards.isEmpty() ? null : standards.iterator().next();
    Optional<ObservedValue> found = series.bestCompatible(year, wanted).or(() -> series.best(year));
    if (found.isEmpty()) {
      return null;
    }
    ObservedValue v = found.get();
    if (v.povertyStandard() != null) {
      standards.add(v.povertyStandard());
    }
    if (seen.add(series.indicatorCode() + "|" + series.unitCode() + "|" + year)) {
      used.add(
          new InputUsed(series.indicatorCode(), series.unitCode(), year, v.value(), v.status()));
      warnings.addAll(ConsistencyChecks.estimatesWhereOfficialExists(series, year, messages));
    }
    return v;
  }

  boolean mixedStandards() {
    return standards.size() > 1;
  }

  MeasureResult value(BigDecimal value) {
    return new MeasureResult(value, null, used, warnings);
  }

  MeasureResult missing(String code, int year) {
    return missing(Reasons.withYear(code, year));
  }

  MeasureResult missing(String reason) {
    return new MeasureResult(null, reason, used, warnings);
  }

  MeasureResult mixed() {
    warnings.add(ConsistencyChecks.mixedPovertyStandards(standards, messages));
    return missing(Reasons.MIXED_POVERTY_STANDARDS);
  }
}
