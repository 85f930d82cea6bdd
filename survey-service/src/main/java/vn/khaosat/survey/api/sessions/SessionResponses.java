package vn.khaosat.survey.api.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import vn.khaosat.survey.service.sessions.SessionService;

/**
 * A session in a response, with its version as the ETag. After a write the session is read again:
 * the write's transaction has ended (its entities are detached) and the version it raised is only
 * known once committed.
 */
@ApplicationScoped
class SessionResponses {

  private final SessionService sessions;

  SessionResponses(SessionService sessions) {
    this.sessions = sessions;
  }

  Response read(long id, Response.ResponseBuilder builder) {
    // the view walks every list of the session: in the read's one transaction, one snapshot
    Read read = sessions.read(id, s -> new Read(SessionView.of(s), s.version));
    return builder.entity(read.view()).tag(String.valueOf(read.version())).build();
  }

  private record Read(SessionView view, long version) {}
}
