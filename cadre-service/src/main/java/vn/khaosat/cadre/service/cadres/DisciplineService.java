package vn.khaosat.cadre.service.cadres;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.security.PermissionsAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.khaosat.cadre.domain.cadres.Cadre;
import vn.khaosat.cadre.domain.cadres.DisciplineRecord;
import vn.khaosat.cadre.service.Rights;
import vn.khaosat.cadre.service.Rows;
import vn.khaosat.persistence.Flush;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.security.UnitScope;

/**
 * Disciplinary records: written by inspectors and admins only, read by those who see personal
 * fields ({@link CadrePermissions}). Each change raises the cadre's version, so it is a revision of
 * the cadre's history; the cadre's row is locked first, so that it queues behind a concurrent
 * change of the record.
 */
@ApplicationScoped
public class DisciplineService {

  private final UnitScope scope;
  private final Rows rows;

  public DisciplineService(UnitScope scope, Rows rows) {
    this.scope = scope;
    this.rows = rows;
  }

  @PermissionsAllowed(CadrePermissions.READ_DISCIPLINES)
  public List<DisciplineRecord> list(long cadreId) {
    return cadre(cadreId).disciplines;
  }

  @PermissionsAllowed(CadrePermissions.READ_DISCIPLINES)
  public DisciplineRecord get(long cadreId, long id) {
    return require(cadre(cadreId), id);
  }

  private Cadre cadre(long cadreId) {
    return rows.find(Cadre.class, cadreId, "cadre.notFound");
  }

  @Transactional
  public DisciplineRecord add(long cadreId, DisciplineCommand discipline) {
    Cadre cadre = rows.locked(Cadre.class, cadreId, "cadre.notFound");
    scope.require(Rights.DISCIPLINE, cadre.unitCode);
    if (discipline.restrictedUntil() != null
        && discipline.restrictedUntil().isBefore(discipline.decidedOn())) {
      throw ApiProblem.invalidField("restrictedUntil", "discipline.restrictionBeforeDecision");
    }
    if (discipline.decidedOn().isBefore(cadre.birthDate)) {
      throw ApiProblem.invalidField("decidedOn", "discipline.beforeBirth");
    }
    if (cadre.disciplines.size() >= DisciplineRecord.MAX_PER_CADRE) {
      throw ApiProblem.conflict("discipline.tooMany", cadre.id, DisciplineRecord.MAX_PER_CADRE);
    }
    DisciplineRecord record = new DisciplineRecord();
    record.cadre = cadre;
    record.form = discipline.form();
    record.decidedOn = discipline.decidedOn();
    record.restrictedUntil = discipline.restrictedUntil();
    record.decidedBy = discipline.decidedBy();
    record.reason = discipline.reason();
    record.persist();
    cadre.disciplines.add(record);
    touch(cadre);
    return record;
  }

  /** Removes a record entered by mistake or annulled; the history keeps it. */
  @Transactional
  public void delete(long cadreId, long id) {
    Cadre cadre = rows.locked(Cadre.class, cadreId, "cadre.notFound");
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
