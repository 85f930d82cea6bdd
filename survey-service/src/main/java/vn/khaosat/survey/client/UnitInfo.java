package vn.khaosat.survey.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.Optional;

/** What survey-service needs of a unit of indicators-service; other fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnitInfo(String code, String name, LocalDate validFrom, LocalDate validTo) {

  /** Whether the unit existed during some part of the years {@code from} to {@code to}. */
  public boolean existedDuring(int fromYear, int toYear) {
    return (validFrom == null || validFrom.getYear() <= toYear)
        && (validTo == null || validTo.getYear() >= fromYear);
  }

  /** The last year of a closed unit. */
  public Optional<Integer> lastYear() {
    return Optional.ofNullable(validTo).map(LocalDate::getYear);
  }
}
