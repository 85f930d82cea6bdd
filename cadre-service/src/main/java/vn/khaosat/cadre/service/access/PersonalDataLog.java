package vn.khaosat.cadre.service.access;

import jakarta.enterprise.context.RequestScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    String request = known(requestId);
    // a loop, not a stream: this runs in every logged answer (bench/access-log.sh's profile)
    List<PersonalDataRead> reads = new ArrayList<>(cadreIds.size());
    Set<Long> seen = cadreIds.size() > 1 ? new HashSet<>() : null;
    for (Long id : cadreIds) {
      if (seen == null || seen.add(id)) {
        reads.add(new PersonalDataRead(id, name, at, method, route, request));
      }
    }
    writer.write(reads);
  }

  // the request-id filter gives every request one; kept readable should a caller bypass it
  private static String known(String requestId) {
    return requestId == null ? "-" : requestId;
  }
}
