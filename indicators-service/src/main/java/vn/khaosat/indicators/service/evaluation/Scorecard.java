package vn.khaosat.indicators.service.evaluation;

import java.util.List;
import vn.khaosat.indicators.domain.Term;
import vn.khaosat.indicators.domain.Unit;
import vn.khaosat.indicators.domain.rules.StatusCounts;
import vn.khaosat.indicators.domain.rules.Warning;

/** Every target of a unit's resolutions for a term, evaluated in one year, and the tally. */
public record Scorecard(
    Unit unit,
    Term term,
    int year,
    List<Evaluated> targets,
    StatusCounts counts,
    List<Flag> warnings) {

  /** A warning, with the target it came from when it came from one. */
  public record Flag(Long targetId, Warning warning) {}
}
