package vn.khaosat.cadre.service;

import jakarta.enterprise.context.RequestScoped;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.security.CurrentUser;
import vn.khaosat.security.Roles;

/** Who may see a cadre's personal fields: organizers, inspectors and admins. */
@RequestScoped
public class PersonalAccess {

  private static final String[] ROLES = {Roles.ORGANIZER, Roles.INSPECTOR, Roles.ADMIN};

  private final CurrentUser user;

  public PersonalAccess(CurrentUser user) {
    this.user = user;
  }

  public boolean mayReadPersonal() {
    return user.hasAnyRole(ROLES);
  }

  /** Refuses with 403 a use of the personal field {@code field} by anyone else. */
  public void requirePersonal(String field) {
    if (!mayReadPersonal()) {
      throw ApiProblem.forbidden("cadre.personalField", field, String.join(", ", ROLES));
    }
  }
}
