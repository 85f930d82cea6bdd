package vn.khaosat.cadre.service.cadres;

import io.quarkus.security.PermissionChecker;
import jakarta.enterprise.context.ApplicationScoped;
import vn.khaosat.cadre.domain.cadres.Cadre;
import vn.khaosat.cadre.service.PersonalAccess;
import vn.khaosat.cadre.service.Rights;
import vn.khaosat.cadre.service.Rows;
import vn.khaosat.security.UnitScope;

/**
 * The unit scope of cadre operations, declared by {@code @PermissionsAllowed} on the service
 * methods and checked here before they run. Each checker grants or throws the problem the caller is
 * answered (403 naming the role or the unit, 503 while the unit tree cannot be read); each binds to
 * the secured method's parameter of the same name.
 */
@ApplicationScoped
class CadrePermissions {

  /** Create a cadre record: organizer or admin for its unit. */
  static final String CREATE = "cadre-create";

  /** Read a cadre's disciplinary records: who sees its personal fields. */
  static final String READ_DISCIPLINES = "cadre-disciplines-read";

  private final UnitScope scope;
  private final PersonalAccess access;
  private final Rows rows;

  public CadrePermissions(UnitScope scope, PersonalAccess access, Rows rows) {
    this.scope = scope;
    this.access = access;
    this.rows = rows;
  }

  @PermissionChecker(CREATE)
  boolean mayCreate(CadreCommand command) {
    return scope.permits(Rights.RECORDS, command.unitCode());
  }

  /** 404 for an unknown cadre first, then 403 (or 503) as for the detail's personal fields. */
  @PermissionChecker(READ_DISCIPLINES)
  boolean mayReadDisciplines(long cadreId) {
    access.requirePersonal(
        "disciplines", rows.find(Cadre.class, cadreId, "cadre.notFound").unitCode);
    return true;
  }
}
