package vn.khaosat.indicators.service.observations;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.khaosat.caching.EntityTags;
import vn.khaosat.indicators.domain.Indicator;
import vn.khaosat.indicators.domain.Observation;
import vn.khaosat.indicators.domain.Unit;
import vn.khaosat.indicators.domain.rules.ObservationStatus;
import vn.khaosat.indicators.service.Rights;
import vn.khaosat.indicators.service.units.UnitDirectory;
import vn.khaosat.paging.Filters;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;
import vn.khaosat.persistence.RetryOnRace;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.security.UnitScope;

/** Reads and writes single figures, keyed by indicator, unit, year and status. */
@ApplicationScoped
public class ObservationService {

  private final UnitDirectory units;
  private final UnitScope scope;
  private final ObservationHistory history;

  public ObservationService(UnitDirectory units, UnitScope scope, ObservationHistory history) {
    this.units = units;
    this.scope = scope;
    this.history = history;
  }

  public Page<Observation> list(ObservationFilter filter, PageParams page) {
    Filters filters = filter.toFilters();
    return Page.of(
        Observation.<Observation>find(
            filters.query(),
            Filters.by("indicatorCode", "unitCode", "year", "status"),
            filters.parameters()),
        page,
        o -> o);
  }

  public Observation get(String indicator, String unit, int year, ObservationStatus status) {
    Observation observation = byKey(indicator, unit, year, status).firstResult();
    if (observation == null) {
      throw ApiProblem.notFound("observation.notFound", indicator, unit, year, status);
    }
    return observation;
  }

  /**
   * Creates or replaces the figure; tells which it did. The figure is read locked, so that writers
   * of one figure queue and the last one wins; two first writes of one figure meet on its unique
   * key instead, and the one that loses runs again and replaces what the other created. A change is
   * kept in the figure's history in the same transaction; replacing a closed unit's figure needs a
   * reason.
   */
  @Transactional
  @RetryOnRace
  public Upserted upsert(
      String indicatorCode,
      String unitCode,
      int year,
      ObservationStatus status,
      ObservationCommand request,
      String ifMatch) {
    Indicator indicator = Indicator.findById(indicatorCode);
    if (indicator == null) {
      throw ApiProblem.notFound("indicator.notFound", indicatorCode);
    }
    Unit unit = units.require(unitCode);
    scope.require(Rights.STATISTICS, unitCode);
    ObservationRules.check(indicator, unit, year, request.povertyStandard())
        .ifPresent(
            broken -> {
              throw broken.key().startsWith("unit.")
                  ? ApiProblem.conflict(broken.key(), broken.args())
                  : ApiProblem.invalidField("povertyStandard", broken.key(), broken.args());
            });
    Observation observation = locked(indicatorCode, unitCode, year, status);
    boolean created = observation == null;
    if (created && ifMatch != null && !ifMatch.isBlank()) {
      // If-Match names a version of a figure that is not there (RFC 9110 §13.1.1): never a create
      throw ApiProblem.preconditionFailed(
          "observation.noneToMatch", indicatorCode, unitCode, year, status);
    }
    ObservationHistory.requireReason(unit, !created, request.reason());
    ObservationHistory.Figure before = created ? null : ObservationHistory.Figure.of(observation);
    if (created) {
      observation = new Observation();
      observation.indicatorCode = indicatorCode;
      observation.unitCode = unitCode;
      observation.year = year;
      observation.status = status;
    } else {
      EntityTags.checkIfMatch(ifMatch, observation.version);
    }
    observation.value = request.value();
    observation.source = request.source();
    observation.note = request.note();
    observation.povertyStandard = request.povertyStandard();
    observation.persist();
    var key = new ObservationHistory.Key(indicatorCode, unitCode, year, status);
    history.record(key, before, ObservationHistory.Figure.of(request), request.reason());
    return new Upserted(observation, created);
  }

  @Transactional
  public void delete(
      String indicator, String unit, int year, ObservationStatus status, String ifMatch) {
    Observation observation = locked(indicator, unit, year, status);
    if (observation == null) {
      throw ApiProblem.notFound("observation.notFound", indicator, unit, year, status);
    }
    Unit owner = units.require(unit);
    scope.require(Rights.STATISTICS, unit);
    if (owner.isClosed()) {
      throw ApiProblem.conflict("unit.closed", unit, owner.validTo.toString());
    }
    EntityTags.checkIfMatch(ifMatch, observation.version);
    // the figure goes, its history stays: a last revision whose new value is null
    var key = new ObservationHistory.Key(indicator, unit, year, status);
    history.record(key, ObservationHistory.Figure.of(observation), null, null);
    observation.delete();
  }

  /** The figure, locked for a change until the transaction ends (null when there is none). */
  private static Observation locked(
      String indicator, String unit, int year, ObservationStatus status) {
    return byKey(indicator, unit, year, status)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResult();
  }

  private static PanacheQuery<Observation> byKey(
      String indicator, String unit, int year, ObservationStatus status) {
    return Observation.find(
        "indicatorCode = ?1 and unitCode = ?2 and year = ?3 and status = ?4",
        indicator,
        unit,
        year,
        status);
  }

  /** The figure stored, and whether it is new. */
  public record Upserted(Observation observation, boolean created) {}
}
