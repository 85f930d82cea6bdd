package vn.khaosat.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A unit of indicators-service as the other services need it; other fields are ignored. {@code
 * level} is PROVINCE, DISTRICT or COMMUNE.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnitInfo(
    String code,
    String name,
    String level,
    String parentCode,
    LocalDate validFrom,
    LocalDate validTo) {

  /** Whether the unit existed during some part of the years {@code from} to {@code to}. */
  public boolean existedDuring(int fromYear, int toYear) {
    return (validFrom == null || validFrom.getYear() <= toYear)
        && (validTo == null || validTo.getYear() >= fromYear);
  }

  /** Whether the unit existed during some part of {@code year}. */
  public boolean existedIn(int year) {
    return existedDuring(year, year);
  }

  /** The last year of a closed unit. */
  public Optional<Integer> lastYear() {
    return Optional.ofNullable(validTo).map(LocalDate::getYear);
  }
}
