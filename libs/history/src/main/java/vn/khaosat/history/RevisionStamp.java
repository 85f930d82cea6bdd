package vn.khaosat.history;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import org.hibernate.envers.RevisionListener;
import org.jboss.logging.MDC;
import vn.khaosat.requestid.RequestIds;
import vn.khaosat.security.CurrentUser;

/**
 * Writes the caller's name and the request id into each revision. Envers creates the revision
 * itself, outside injection, so the identity is looked up and the id read from the log context,
 * where libs/request-id puts it for the whole request.
 */
public class RevisionStamp implements RevisionListener {

  /** The author of what no signed-in caller did (start-up, a migration of data). */
  public static final String SYSTEM = "system";

  @Override
  public void newRevision(Object revisionEntity) {
    Revision revision = (Revision) revisionEntity;
    revision.author = currentName();
    Object requestId = MDC.get(RequestIds.MDC_KEY);
    revision.requestId = requestId == null ? null : requestId.toString();
  }

  private static String currentName() {
    var container = Arc.container();
    if (container == null || !container.requestContext().isActive()) {
      return SYSTEM;
    }
    SecurityIdentity identity = container.instance(SecurityIdentity.class).get();
    return identity == null || identity.isAnonymous()
        ? SYSTEM
        : CurrentUser.storable(identity.getPrincipal().getName());
  }
}
