package vn.khaosat.cadre.service.committees;

import io.quarkus.security.PermissionChecker;
import jakarta.enterprise.context.ApplicationScoped;
import vn.khaosat.cadre.service.Rights;
import vn.khaosat.security.UnitScope;

/**
 * The unit scope of committee operations ({@code @PermissionsAllowed} on {@link CommitteeService});
 * a checker grants or throws the problem the caller is answered.
 */
@ApplicationScoped
class CommitteePermissions {

  /** Create a committee: organizer or admin for its unit. */
  static final String CREATE = "committee-create";

  private final UnitScope scope;

  public CommitteePermissions(UnitScope scope) {
    this.scope = scope;
  }

  @PermissionChecker(CREATE)
  boolean mayCreate(CommitteeCommand command) {
    return scope.permits(Rights.RECORDS, command.unitCode());
  }
}
