package vn.khaosat.cadre.domain.cadres;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import org.hibernate.envers.RevisionListener;

/** Writes the caller's name into each revision; Envers creates it, so the identity is looked up. */
public class RevisionAuthorListener implements RevisionListener {

  @Override
  public void newRevision(Object revisionEntity) {
    ((Revision) revisionEntity).author = currentName();
  }

  private static String currentName() {
    var container = Arc.container();
    if (container == null || !container.requestContext().isActive()) {
      return "system";
    }
    SecurityIdentity identity = container.instance(SecurityIdentity.class).get();
    return identity == null || identity.isAnonymous()
        ? "system"
        : vn.khaosat.security.CurrentUser.storable(identity.getPrincipal().getName());
  }
}
