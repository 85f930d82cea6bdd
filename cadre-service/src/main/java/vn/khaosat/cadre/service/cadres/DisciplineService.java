package vn.khaosat.cadre.service.cadres;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.khaosat.cadre.api.cadres.DisciplineRequest;
import vn.khaosat.cadre.domain.cadres.Cadre;
import vn.khaosat.cadre.domain.cadres.DisciplineRecord;
import vn.khaosat.cadre.service.PersonalAccess;
import vn.khaosat.cadre.service.Rights;
import vn.khaosat.persistence.Flush;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.security.UnitScope;

/**
 * Disciplinary records: written by inspectors and admins only, read by those who see personal
 * fields. Each change raises the cadre's version, so it is a revision of the cadre's history; the
 * cadre's row is locked first, so that it queues behind a concurrent change of the record.
 */
@ApplicationScoped
public class DisciplineService {

  private final UnitScope scope;
  private final PersonalAccess access;

  public DisciplineService(UnitScope scope, PersonalAccess access) {
    this.scope = scope;
    this.access = access;
  }

  public List<DisciplineRecord> list(long cadreId) {
    return readable(cadreId).disciplines;
  }

  public DisciplineRecord get(long cadreId, long id) {
    return require(readable(cadreId), id);
  }

  /** The cadre, when the caller sees its personal fields: 403 otherwise (as for the detail). */
  private Cadre readable(long cadreId) {
    Cadre cadre = CadreService.require(cadreId);
    access.requirePersonal("disciplines", cadre.unitCode);
    return cadre;
  }

  @Transactional
  public DisciplineRecord add(long cadreId, DisciplineRequest request) {
    Cadre cadre = CadreService.locked(cadreId);
    scope.require(Rights.DISCIPLINE, cadre.unitCode);
    if (request.restrictedUntil() != null
        && request.restrictedUntil().isBefore(request.decidedOn())) {
      throw ApiProblem.invalidField("restrictedUntil", "discipline.restrictionBeforeDecision");
    }
    if (request.decidedOn().isBefore(cadre.birthDate)) {
      throw ApiProblem.invalidField("decidedOn", "discipline.beforeBirth");
    }
    if (cadre.disciplines.size() >= DisciplineRecord.MAX_PER_CADRE) {
      throw ApiProblem.conflict("discipline.tooMany", cadre.id, DisciplineRecord.MAX_PER_CADRE);
    }
    DisciplineRecord record = new DisciplineRecord();
    record.cadre = cadre;
    record.form = request.form();
    record.decidedOn = request.decidedOn();
    record.restrictedUntil = request.restrictedUntil();
    record.decidedBy = request.decidedBy();
    record.reason = request.reason();
    record.persist();
    cadre.disciplines.add(record);
    touch(cadre);
    return record;
  }

  /** Removes a record entered by mistake or annulled; the history keeps it. */
  @Transactional
  public void delete(long cadreId, long id) {
    Cadre cadre = CadreService.locked(cadreId);
    scope.require(Rights.DISCIPLINE, cadre.unitCode);
    DisciplineRecord record = require(cadre, id);
    cadre.disciplines.remove(record);
    record.delete();
    touch(cadre);
  }

  private static DisciplineRecord require(Cadre cadre, long id) {
    return cadre.disciplines.stream()
        .filter(d -> d.id == id)
        .findFirst()
        .orElseThrow(() -> ApiProblem.notFound("discipline.notFound", id, cadre.id));
  }

  private static void touch(Cadre cadre) {
    // the cadre is read locked already: only a mode above that lock raises the version
    Panache.getEntityManager().lock(cadre, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    Flush.orConflict("problem.concurrentUpdate");
  }
}
