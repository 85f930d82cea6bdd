package vn.khaosat.survey.api.sessions;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.khaosat.survey.domain.Days;
import vn.khaosat.survey.service.sessions.SessionService;

/**
 * A session in a response, with its version as the ETag. After a write the session is read again:
 * the write's transaction has ended (its entities are detached) and the version it raised is only
 * known once committed.
 *
 * <p>The view of each session last read is kept with its version and day, and served again while
 * one query finds the session at that version, on that day: every change of what the view shows
 * raises the version (a directive's status too), and the day is in it through the directives'
 * "overdue". So a read of an unchanged session is one query instead of six (bench/compare.sh, P1).
 * A view made while a write committed may mix the two states, as any read then could; it is kept
 * under the older version, which the session no longer has, so it is never served again.
 */
@ApplicationScoped
class SessionResponses {

  private final SessionService sessions;
  private final Cache<Long, Read> views;

  SessionResponses(
      SessionService sessions,
      @ConfigProperty(name = "khaosat.session-views.size", defaultValue = "500") long size) {
    this.sessions = sessions;
    this.views = Caffeine.newBuilder().maximumSize(size).build();
  }

  Response read(long id, Response.ResponseBuilder builder) {
    Read read = current(id);
    return builder.entity(read.view()).tag(String.valueOf(read.version())).build();
  }

  private Read current(long id) {
    LocalDate today = Days.today();
    Read kept = views.getIfPresent(id);
    Read read =
        sessions.read(
            id,
            kept == null || !kept.day().equals(today)
                ? null
                : version -> version == kept.version() ? kept : null,
            // the view walks every list of the session: in the read's one transaction
            s -> new Read(SessionView.of(s), s.version, today));
    if (read != kept) {
      views.put(id, read);
    }
    return read;
  }

  private record Read(SessionView view, long version, LocalDate day) {}
}
