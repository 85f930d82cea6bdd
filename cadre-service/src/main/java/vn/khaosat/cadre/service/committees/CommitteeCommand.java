package vn.khaosat.cadre.service.committees;

import java.time.LocalDate;
import java.util.List;
import vn.khaosat.cadre.domain.committees.CommitteeRole;

/** A committee to create or replace; {@code members} is never null. */
public record CommitteeCommand(String unitCode, String termCode, String name, List<Seat> members) {

  /** A seat: the cadre, the role and its dates. */
  public record Seat(Long cadreId, CommitteeRole role, LocalDate fromDate, LocalDate toDate) {}
}
