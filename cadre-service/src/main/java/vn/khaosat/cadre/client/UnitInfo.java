package vn.khaosat.cadre.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import vn.khaosat.cadre.domain.UnitLevel;

/** What cadre-service needs of a unit of indicators-service; other fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnitInfo(
    String code,
    String name,
    UnitLevel level,
    String parentCode,
    LocalDate validFrom,
    LocalDate validTo) {

  /** Whether the unit existed during some part of the years {@code from} to {@code to}. */
  public boolean existedDuring(int fromYear, int toYear) {
    return (validFrom == null || validFrom.getYear() <= toYear)
        && (validTo == null || validTo.getYear() >= fromYear);
  }
}
