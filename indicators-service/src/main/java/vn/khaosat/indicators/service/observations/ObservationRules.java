package vn.khaosat.indicators.service.observations;

import java.util.Optional;
import vn.khaosat.indicators.domain.Indicator;
import vn.khaosat.indicators.domain.Unit;

/**
 * What makes a figure acceptable beyond its syntax, shared by single writes and CSV imports: the
 * unit existed that year (a closed unit takes no figure past its closure) and poverty figures name
 * their standard. Returns the message key of the first rule broken.
 */
final class ObservationRules {

  private ObservationRules() {}

  static Optional<Broken> check(Indicator indicator, Unit unit, int year, String povertyStandard) {
    if (!unit.existedIn(year)) {
      return Optional.of(
          unit.isClosed() && year > unit.validTo.getYear()
              ? new Broken("unit.closedForYear", unit.code, year)
              : new Broken("unit.notExistingInYear", unit.code, year));
    }
    if (indicator.requiresPovertyStandard
        && (povertyStandard == null || povertyStandard.isBlank())) {
      return Optional.of(new Broken("observation.povertyStandardRequired", indicator.code));
    }
    return Optional.empty();
  }

  /** A rule broken, as a message key and its arguments. */
  record Broken(String key, Object... args) {}
}
