package vn.khaosat.cadre.service.access;

import io.quarkus.security.PermissionChecker;
import jakarta.enterprise.context.ApplicationScoped;
import vn.khaosat.cadre.domain.cadres.Cadre;
import vn.khaosat.cadre.service.Rights;
import vn.khaosat.cadre.service.Rows;
import vn.khaosat.security.UnitScope;

/** Who may read a cadre's access log: an inspector whose units cover the cadre's unit, or admin. */
@ApplicationScoped
class AccessLogPermissions {

  static final String READ_CADRE = "personal-data-access-read";

  private final UnitScope scope;
  private final Rows rows;

  AccessLogPermissions(UnitScope scope, Rows rows) {
    this.scope = scope;
    this.rows = rows;
  }

  /** 404 for an unknown cadre first; then 403 outside the units (or 503), by its current unit. */
  @PermissionChecker(READ_CADRE)
  boolean mayRead(long cadreId) {
    return scope.permits(
        Rights.ACCESS_LOG, rows.find(Cadre.class, cadreId, "cadre.notFound").unitCode);
  }
}
