package vn.khaosat.indicators.service.resolutions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.khaosat.indicators.domain.Resolution;
import vn.khaosat.indicators.domain.Target;
import vn.khaosat.indicators.domain.Term;
import vn.khaosat.indicators.domain.Unit;
import vn.khaosat.indicators.service.LockedRows;
import vn.khaosat.indicators.service.Rights;
import vn.khaosat.indicators.service.units.UnitDirectory;
import vn.khaosat.paging.Filters;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;
import vn.khaosat.persistence.Flush;
import vn.khaosat.persistence.RetryOnRace;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.security.UnitScope;

/** Keeps the resolutions of each unit's congress, written within the caller's units. */
@ApplicationScoped
public class ResolutionService {

  private final UnitDirectory units;
  private final TermService terms;
  private final UnitScope scope;
  private final LockedRows rows;

  public ResolutionService(
      UnitDirectory units, TermService terms, UnitScope scope, LockedRows rows) {
    this.units = units;
    this.terms = terms;
    this.scope = scope;
    this.rows = rows;
  }

  public Page<Resolution> list(String unit, String term, PageParams page) {
    Filters filters =
        new Filters().add("unitCode = :unit", "unit", unit).add("termCode = :term", "term", term);
    return Page.of(
        Resolution.<Resolution>find(filters.query(), Filters.by("id"), filters.parameters()),
        page,
        r -> r);
  }

  public Resolution get(long id) {
    Resolution resolution = Resolution.findById(id);
    if (resolution == null) {
      throw ApiProblem.notFound("resolution.notFound", id);
    }
    return resolution;
  }

  @Transactional
  public Resolution create(ResolutionCommand request) {
    Resolution resolution = new Resolution();
    apply(resolution, request);
    resolution.persist();
    Flush.orConflict("problem.concurrentUpdate");
    return resolution;
  }

  /** Replaces the resolution, read locked so that concurrent replaces queue: the last one wins. */
  @Transactional
  @RetryOnRace
  public Resolution update(long id, ResolutionCommand request, String ifMatch) {
    Resolution resolution = locked(id, ifMatch);
    apply(resolution, request);
    return resolution;
  }

  @Transactional
  public void delete(long id, String ifMatch) {
    Resolution resolution = locked(id, ifMatch);
    requireOpenDuring(units.require(resolution.unitCode), Term.findById(resolution.termCode));
    if (Target.count("resolutionId", id) > 0) {
      throw ApiProblem.conflict("resolution.hasTargets", id);
    }
    resolution.delete();
  }

  /** The resolution to change, within the caller's units. */
  private Resolution locked(long id, String ifMatch) {
    return rows.forChange(
        Resolution.class,
        id,
        "resolution.notFound",
        r -> scope.require(Rights.STATISTICS, r.unitCode),
        ifMatch,
        r -> r.version);
  }

  private void apply(Resolution resolution, ResolutionCommand request) {
    Unit unit = units.requireField(request.unitCode(), "unitCode");
    Term term = terms.requireField(request.termCode(), "termCode");
    scope.require(Rights.STATISTICS, unit.code);
    requireOpenDuring(unit, term);
    resolution.title = request.title().strip();
    resolution.unitCode = unit.code;
    resolution.termCode = term.code;
    resolution.documentNumber = request.documentNumber();
    resolution.adoptedOn = request.adoptedOn();
  }

  /** A closed unit keeps its history but takes nothing for a term it did not live through. */
  private static void requireOpenDuring(Unit unit, Term term) {
    if (unit.isClosed() && !unit.existedIn(term.baseYear + 1)) {
      throw ApiProblem.conflict("unit.closedForYear", unit.code, term.baseYear + 1);
    }
  }
}
