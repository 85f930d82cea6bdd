package vn.khaosat.indicators.service.resolutions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.khaosat.indicators.domain.Indicator;
import vn.khaosat.indicators.domain.Resolution;
import vn.khaosat.indicators.domain.Target;
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

/** Keeps the targets of resolutions, written within the resolution's unit. */
@ApplicationScoped
public class TargetService {

  /**
   * The most targets a unit has in a term, over all its resolutions, so that its scorecard has a
   * bound; a congress resolution sets a few dozen (Đắk Song's 2015-2020 one, 26), and a province
   * with its programmes a few hundred. 1,000 is the scorecard bench/scorecard-1000.sh measures.
   */
  public static final int MAX_PER_UNIT_AND_TERM = 1000;

  private final UnitDirectory units;
  private final UnitScope scope;
  private final LockedRows rows;

  public TargetService(UnitDirectory units, UnitScope scope, LockedRows rows) {
    this.units = units;
    this.scope = scope;
    this.rows = rows;
  }

  public Page<Target> list(
      Long resolution, String indicator, String unit, String term, PageParams page) {
    Filters filters =
        new Filters()
            .add("resolutionId = :resolution", "resolution", resolution)
            .add("indicatorCode = :indicator", "indicator", indicator)
            .add(
                "resolutionId in (select r.id from Resolution r where r.unitCode = :unit)",
                "unit",
                unit)
            .add(
                "resolutionId in (select r.id from Resolution r where r.termCode = :term)",
                "term",
                term);
    return Page.of(
        Target.<Target>find(filters.query(), Filters.by("id"), filters.parameters()), page, t -> t);
  }

  public Target get(long id) {
    Target target = Target.findById(id);
    if (target == null) {
      throw ApiProblem.notFound("target.notFound", id);
    }
    return target;
  }

  @Transactional
  public Target create(TargetCommand request) {
    Target target = new Target();
    apply(target, request);
    target.persist();
    Flush.orConflict("problem.concurrentUpdate");
    return target;
  }

  /** Replaces the target, read locked so that concurrent replaces queue: the last one wins. */
  @Transactional
  @RetryOnRace
  public Target update(long id, TargetCommand request, String ifMatch) {
    Target target = locked(id, ifMatch);
    apply(target, request);
    return target;
  }

  @Transactional
  public void delete(long id, String ifMatch) {
    Target target = locked(id, ifMatch);
    target.delete();
  }

  /** The target to change, within the caller's units (its resolution's unit). */
  private Target locked(long id, String ifMatch) {
    return rows.forChange(
        Target.class,
        id,
        "target.notFound",
        t -> requireWriteFor(Resolution.findById(t.resolutionId)),
        ifMatch,
        t -> t.version);
  }

  private void apply(Target target, TargetCommand request) {
    Resolution resolution = Resolution.findById(request.resolutionId());
    if (resolution == null) {
      throw ApiProblem.invalidField("resolutionId", "resolution.unknown", request.resolutionId());
    }
    requireWriteFor(resolution);
    requireRoom(resolution, target.id);
    Indicator indicator = Indicator.findById(request.indicatorCode());
    if (indicator == null) {
      throw ApiProblem.invalidField("indicatorCode", "indicator.unknown", request.indicatorCode());
    }
    TargetRules.check(request, indicator);
    if (request.referenceUnitCode() != null) {
      units.requireField(request.referenceUnitCode(), "referenceUnitCode");
    }
    target.resolutionId = resolution.id;
    target.indicatorCode = indicator.code;
    target.measure = request.measure();
    target.comparator = request.comparator();
    target.value = request.value();
    target.low = request.low();
    target.high = request.high();
    target.tolerance = request.tolerance();
    target.referenceUnitCode = request.referenceUnitCode();
    target.wording = request.wording();
  }

  private static void requireRoom(Resolution resolution, Long targetId) {
    long others =
        Target.count(
            "resolutionId in (select r.id from Resolution r where r.unitCode = ?1 and r.termCode"
                + " = ?2) and id <> ?3",
            resolution.unitCode,
            resolution.termCode,
            targetId == null ? -1L : targetId);
    if (others >= MAX_PER_UNIT_AND_TERM) {
      throw ApiProblem.conflict(
          "target.tooMany", resolution.unitCode, MAX_PER_UNIT_AND_TERM, resolution.termCode);
    }
  }

  private void requireWriteFor(Resolution resolution) {
    scope.require(Rights.STATISTICS, resolution.unitCode);
  }
}
