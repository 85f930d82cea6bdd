package vn.khaosat.cadre.service.plans;

import io.quarkus.security.PermissionChecker;
import jakarta.enterprise.context.ApplicationScoped;
import vn.khaosat.cadre.domain.plans.PersonnelPlan;
import vn.khaosat.cadre.service.PersonalAccess;
import vn.khaosat.cadre.service.Rights;
import vn.khaosat.cadre.service.Rows;
import vn.khaosat.security.UnitScope;

/**
 * The unit scope of plan operations ({@code @PermissionsAllowed} on {@link PlanService} and {@link
 * VettingService}); a checker grants or throws the problem the caller is answered.
 */
@ApplicationScoped
class PlanPermissions {

  /** Create a plan: organizer or admin for the unit of its committee. */
  static final String CREATE = "plan-create";

  /** Read a plan's full vetting report: who sees personal fields of its committee's unit. */
  static final String READ_VETTING = "plan-vetting-read";

  private final UnitScope scope;
  private final PersonalAccess access;
  private final PlanChecks checks;
  private final Rows rows;

  public PlanPermissions(UnitScope scope, PersonalAccess access, PlanChecks checks, Rows rows) {
    this.scope = scope;
    this.access = access;
    this.checks = checks;
    this.rows = rows;
  }

  /** An unknown committee is the caller's 400 first, as it was. */
  @PermissionChecker(CREATE)
  boolean mayCreate(PlanCommand command) {
    return scope.permits(Rights.RECORDS, checks.committee(command.committeeId()).unitCode);
  }

  /** The candidates are proposed to the plan's committee: its unit decides for the report. */
  @PermissionChecker(READ_VETTING)
  boolean mayReadVetting(long planId) {
    PersonnelPlan plan = rows.find(PersonnelPlan.class, planId, "plan.notFound");
    access.requirePersonal("vetting", plan.committee.unitCode);
    return true;
  }
}
