package vn.khaosat.survey.api.sessions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.khaosat.caching.EntityTags;
import vn.khaosat.survey.domain.Days;
import vn.khaosat.survey.service.sessions.SessionService;

/**
 * A session in a response, with its version and day as the ETag ({@code "3@2026-12-03"}: its
 * directives' "overdue" follows the day, so a view of yesterday is never confirmed by a 304 today).
 * After a write the session is read again: the write's transaction has ended (its entities are
 * detached) and the version it raised is only known once committed.
 *
 * <p>The view of each session last read is kept, written as JSON, with its version and day (at most
 * {@code khaosat.session-views.bytes} of them, 16 MiB, whatever the sessions' sizes), and served
 * again while one query finds the session at that version, on that day: every change of what the
 * view shows raises the version (a directive's status too), and the day is in it through the
 * directives' "overdue". So a read of an unchanged session is one query instead of six
 * (bench/compare.sh, P1). A view is made from one snapshot ({@link SessionService#read}), so the
 * version it is kept under is the version of everything it shows, even while a write commits.
 */
@ApplicationScoped
class SessionResponses {

  private final SessionService sessions;
  private final ObjectMapper json;
  private final KeptViews views;

  SessionResponses(
      SessionService sessions,
      ObjectMapper json,
      @ConfigProperty(name = "khaosat.session-views.bytes", defaultValue = "16777216") long bytes) {
    this.sessions = sessions;
    this.json = json;
    this.views = new KeptViews(bytes);
  }

  Response read(long id, Response.ResponseBuilder builder) {
    KeptViews.View read = current(id);
    return builder
        .entity(read.body())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .tag(EntityTags.valueOn(read.version(), read.day()))
        .build();
  }

  private KeptViews.View current(long id) {
    LocalDate today = Days.today();
    KeptViews.View kept = views.of(id, today);
    if (kept != null && sessions.version(id) == kept.version()) {
      return kept;
    }
    // the view walks every list of the session: in the read's one transaction and snapshot
    KeptViews.View read =
        sessions.read(
            id, s -> new KeptViews.View(written(SessionView.of(s, today)), s.version, today));
    views.keep(id, read);
    return read;
  }

  // written once, as the answer's serialiser would write it: the same mapper
  private byte[] written(SessionView view) {
    try {
      return json.writeValueAsBytes(view);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("session " + view.id() + " not written as JSON", e);
    }
  }
}
