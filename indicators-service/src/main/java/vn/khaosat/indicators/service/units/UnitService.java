package vn.khaosat.indicators.service.units;

import io.quarkus.security.PermissionsAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import vn.khaosat.indicators.domain.Observation;
import vn.khaosat.indicators.domain.Resolution;
import vn.khaosat.indicators.domain.Target;
import vn.khaosat.indicators.domain.Unit;
import vn.khaosat.indicators.domain.UnitLevel;
import vn.khaosat.indicators.service.LockedRows;
import vn.khaosat.indicators.service.Rights;
import vn.khaosat.paging.Filters;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;
import vn.khaosat.paging.SearchText;
import vn.khaosat.persistence.Flush;
import vn.khaosat.persistence.RetryOnRace;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.security.CurrentUser;
import vn.khaosat.security.Roles;
import vn.khaosat.security.UnitScope;

/** Creates, changes and lists administrative units under their temporal rules. */
@ApplicationScoped
public class UnitService {

  private final UnitDirectory directory;
  private final CurrentUser user;
  private final UnitScope scope;
  private final LockedRows rows;

  public UnitService(UnitDirectory directory, CurrentUser user, UnitScope scope, LockedRows rows) {
    this.directory = directory;
    this.user = user;
    this.scope = scope;
    this.rows = rows;
  }

  public Page<Unit> list(
      String q, UnitLevel level, String parent, LocalDate activeOn, PageParams page) {
    Filters filters =
        new Filters()
            .add(
                "(nameSearch like :q escape '\\' or code = :code)",
                "q",
                q == null || q.isBlank() ? null : SearchText.containsPattern(q),
                "code",
                q == null ? null : q.strip())
            .add("level = :level", "level", level)
            .add("parentCode = :parent", "parent", parent)
            .add("validFrom <= :day and (validTo is null or validTo >= :day)", "day", activeOn);
    return Page.of(
        Unit.<Unit>find(filters.query(), Filters.by("code"), filters.parameters()), page, u -> u);
  }

  /** The unit as a GET shows it: one transaction, one query (its code lists fetched with it). */
  @Transactional
  public Unit get(String code) {
    return directory.requireWithSuccession(code);
  }

  @Transactional
  public Unit create(UnitCommand request) {
    if (request.code() == null) {
      throw ApiProblem.invalidField("code", "validation.required");
    }
    requireWriteScope(request.parentCode());
    if (Unit.findById(request.code()) != null) {
      throw ApiProblem.conflict("unit.duplicate", request.code());
    }
    Unit unit = new Unit();
    unit.code = request.code();
    apply(unit, request);
    unit.persist();
    Flush.orConflict("unit.duplicate", request.code());
    return unit;
  }

  /**
   * Replaces the unit, read locked so that concurrent replaces queue: the last one wins. Who may:
   * {@link UnitChecks}.
   */
  @Transactional
  @RetryOnRace
  @PermissionsAllowed(UnitChecks.WRITE)
  public Unit update(String code, UnitCommand request, String ifMatch) {
    Unit unit = rows.forChange(Unit.class, code, "unit.notFound", ifMatch, u -> u.version);
    if (request.code() != null && !request.code().equals(code)) {
      throw ApiProblem.invalidField("code", "unit.codeImmutable", code);
    }
    if (unit.isClosed()) {
      throw ApiProblem.conflict("unit.closed", code, unit.validTo.toString());
    }
    apply(unit, request);
    return unit;
  }

  @Transactional
  @PermissionsAllowed(UnitChecks.WRITE)
  public void delete(String code, String ifMatch) {
    Unit unit = rows.forChange(Unit.class, code, "unit.notFound", ifMatch, u -> u.version);
    if (unit.isClosed()) {
      throw ApiProblem.conflict("unit.closed", code, unit.validTo.toString());
    }
    if (Observation.count("unitCode", code) > 0) {
      throw ApiProblem.conflict("unit.hasFigures", code);
    }
    if (Unit.count("parentCode", code) > 0
        || Resolution.count("unitCode", code) > 0
        || Target.count("referenceUnitCode", code) > 0
        || directory.isNamedInASuccession(code)) {
      throw ApiProblem.conflict("unit.inUse", code);
    }
    unit.delete();
  }

  private void requireWriteScope(String parentCode) {
    if (parentCode == null) {
      // a new root (a province) is an administrator's decision
      user.requireAnyRole(Roles.ADMIN);
    } else {
      directory.requireField(parentCode, "parentCode");
      scope.require(Rights.STATISTICS, parentCode);
    }
  }

  private void apply(Unit unit, UnitCommand request) {
    UnitRules.check(unit.code, request, directory);
    unit.name = request.name().strip();
    unit.level = request.level();
    unit.parentCode = request.parentCode();
    unit.validFrom = request.validFrom();
    unit.validTo = request.validTo();
    unit.successorCodes.clear();
    unit.successorCodes.addAll(request.successors());
    unit.predecessorCodes.clear();
    unit.predecessorCodes.addAll(request.predecessors());
  }

  public List<Unit> ancestors(String code) {
    directory.require(code);
    return directory.ancestorUnits(code);
  }

  public List<Unit> predecessors(String code) {
    directory.require(code);
    return directory.predecessorUnits(code);
  }
}
