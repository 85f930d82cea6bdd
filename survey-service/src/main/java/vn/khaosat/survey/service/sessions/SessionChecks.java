package vn.khaosat.survey.service.sessions;

import io.quarkus.security.PermissionChecker;
import jakarta.enterprise.context.ApplicationScoped;
import vn.khaosat.survey.service.SessionAccess;

/**
 * The unit scope of a new session, checked before {@link SessionService#create} runs: the caller
 * writes minutes for the host unit. Every other write of a session names a session whose unit is
 * known once it is read, locked, in the transaction: {@link SessionAccess} checks those.
 */
@ApplicationScoped
class SessionChecks {

  static final String CREATE = "session-create";

  private final SessionAccess access;

  SessionChecks(SessionAccess access) {
    this.access = access;
  }

  /** True, or the 403 problem naming the unit (503 while the unit tree cannot be read). */
  @PermissionChecker(CREATE)
  boolean mayCreate(SessionCommand request) {
    return access.permitsWriter(request.hostUnitCode());
  }
}
