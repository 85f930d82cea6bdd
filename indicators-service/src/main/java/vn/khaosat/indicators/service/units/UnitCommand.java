package vn.khaosat.indicators.service.units;

import java.time.LocalDate;
import java.util.List;
import vn.khaosat.indicators.domain.UnitLevel;

/** A unit to create or replace, as the caller gave it. */
public record UnitCommand(
    String code,
    String name,
    UnitLevel level,
    String parentCode,
    LocalDate validFrom,
    LocalDate validTo,
    List<String> successorCodes,
    List<String> predecessorCodes) {

  public List<String> successors() {
    return successorCodes == null ? List.of() : successorCodes;
  }

  public List<String> predecessors() {
    return predecessorCodes == null ? List.of() : predecessorCodes;
  }
}
