package vn.khaosat.indicators.service.observations;

import vn.khaosat.indicators.domain.rules.ObservationStatus;
import vn.khaosat.paging.Filters;
import vn.khaosat.problem.ApiProblem;

/** The filters shared by the list and the CSV export of figures. */
public record ObservationFilter(
    String indicator, String unit, Integer fromYear, Integer toYear, ObservationStatus status) {

  public ObservationFilter {
    if (fromYear != null && toYear != null && fromYear > toYear) {
      throw ApiProblem.badRequest("observation.yearRange", fromYear, toYear);
    }
  }

  Filters toFilters() {
    return new Filters()
        .add("indicatorCode = :indicator", "indicator", indicator)
        .add("unitCode = :unit", "unit", unit)
        .add("year >= :fromYear", "fromYear", fromYear)
        .add("year <= :toYear", "toYear", toYear)
        .add("status = :status", "status", status);
  }
}
