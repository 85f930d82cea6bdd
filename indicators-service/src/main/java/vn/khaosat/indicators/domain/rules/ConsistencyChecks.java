package vn.khaosat.indicators.domain.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Checks that flag figures which do not agree with each other (kiểm tra tính nhất quán). */
public final class ConsistencyChecks {
  /** Shares of a structure may add up to 100 ± this, for rounding of the parts. */
  public static final BigDecimal SHARE_TOLERANCE = new BigDecimal("0.1");

  /** A reported average may differ from the geometric one by this many points. */
  public static final BigDecimal AVERAGE_TOLERANCE = new BigDecimal("0.1");

  private ConsistencyChecks() {}

  /**
   * SHARES_DO_NOT_ADD_UP when the shares (indicator code → %) of one structure group do not add up
   * to 100 ± 0.1. Empty when they do, or when the map is empty or lacks a share (nothing to check).
   */
  public static Optional<Warning> sharesAddUp(Map<String, BigDecimal> shares, Locale locale) {
    if (shares == null || shares.isEmpty() || shares.values().stream().anyMatch(Objects::isNull)) {
      return Optional.empty();
    }
    BigDecimal sum = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal off = sum.subtract(Decimals.HUNDRED).abs();
    if (off.compareTo(SHARE_TOLERANCE) <= 0) {
      return Optional.empty();
    }
    Messages m = Messages.of(locale);
    return Optional.of(
        new Warning(
            Warning.SHARES_DO_NOT_ADD_UP,
            m.text("warn.SHARES_DO_NOT_ADD_UP", m.number(sum), m.number(off))));
  }

  /**
   * REPORTED_AVERAGE_MISMATCH when a reported average differs from the geometric average growth by
   * more than 0.1 point (compared as given). Empty when either is null.
   */
  public static Optional<Warning> reportedAverage(
      BigDecimal reported, BigDecimal geometric, Locale locale) {
    if (reported == null || geometric == null) {
      return Optional.empty();
    }
    BigDecimal off = reported.subtract(geometric).abs();
    if (off.compareTo(AVERAGE_TOLERANCE) <= 0) {
      return Optional.empty();
    }
    Messages m = Messages.of(locale);
    String text =
        m.text(
            "warn.REPORTED_AVERAGE_MISMATCH",
            m.number(reported),
            m.number(Decimals.round(geometric, 2)),
            m.number(Decimals.round(off, 2)));
    return Optional.of(new Warning(Warning.REPORTED_AVERAGE_MISMATCH, text));
  }

  /**
   * ESTIMATE_WHERE_OFFICIAL_EXISTS for every ESTIMATE or PRELIMINARY value that differs from an
   * OFFICIAL value of the same year and poverty standard, in year order.
   */
  public static List<Warning> estimatesWhereOfficialExists(Series series, Locale locale) {
    Messages m = Messages.of(locale);
    List<Warning> out = new ArrayList<>();
    for (int year : series.years()) {
      out.addAll(estimatesWhereOfficialExists(series, year, m));
    }
    return out;
  }

  static List<Warning> estimatesWhereOfficialExists(Series series, int year, Messages m) {
    List<Warning> out = new ArrayList<>();
    for (ObservedValue provisional : series.values()) {
      if (provisional.year() != year
          || !provisional.isActual()
          || provisional.status() == ObservationStatus.OFFICIAL) {
        continue;
      }
      for (ObservedValue official : series.values()) {
        if (official.year() == year
            && official.status() == ObservationStatus.OFFICIAL
            && official.value() != null
            && Objects.equals(official.povertyStandard(), provisional.povertyStandard())
            && official.value().compareTo(provisional.value()) != 0) {
          String text =
              m.text(
                  "warn.ESTIMATE_WHERE_OFFICIAL_EXISTS",
                  year,
                  m.statusLabel(provisional.status()),
                  m.number(provisional.value()),
                  m.number(official.value()));
          out.add(new Warning(Warning.ESTIMATE_WHERE_OFFICIAL_EXISTS, text));
        }
      }
    }
    return out;
  }

  static Warning mixedPovertyStandards(Collection<String> standards, Messages m) {
    return new Warning(
        Warning.MIXED_POVERTY_STANDARDS,
        m.text("warn.MIXED_POVERTY_STANDARDS", String.join(", ", standards)));
  }
}
