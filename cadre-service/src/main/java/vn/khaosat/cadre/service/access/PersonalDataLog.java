package vn.khaosat.cadre.service.access;

import jakarta.enterprise.context.RequestScoped;
import java.time.OffsetDateTime;
import java.util.Collection;
import vn.khaosat.defaults.SuiteTime;
import vn.khaosat.security.CurrentUser;

/**
 * Records that a response carries the personal fields of some cadres. Called when the data is
 * handed to the response, not once it was sent: a client that disconnects, or a failure while
 * writing the body, leaves the record in place.
 */
@RequestScoped
public class PersonalDataLog {

  private final CurrentUser user;
  private final AccessLogWriter writer;

  public PersonalDataLog(CurrentUser user, AccessLogWriter writer) {
    this.user = user;
    this.writer = writer;
  }

  public void handed(String method, String route, String requestId, Collection<Long> cadreIds) {
    if (cadreIds.isEmpty()) {
      return;
    }
    OffsetDateTime at = OffsetDateTime.now(SuiteTime.ZONE);
    String name = user.name();
    writer.write(
        cadreIds.stream()
            .distinct()
            .map(id -> new PersonalDataRead(id, name, at, method, route, known(requestId)))
            .toList());
  }

  // the request-id filter gives every request one; kept readable should a caller bypass it
  private static String known(String requestId) {
    return requestId == null ? "-" : requestId;
  }
}
