package vn.khaosat.cadre.service.cadres;

import java.time.OffsetDateTime;
import java.util.List;

/** One revision of a cadre record: who, when, in which request, and the fields it changed. */
public record CadreRevision(
    long revision,
    OffsetDateTime at,
    String by,
    String requestId,
    String type,
    List<Change> changes) {

  /** Whether the revision shows the values of a personal field (the access log records it). */
  public boolean carriesPersonal() {
    return changes.stream()
        .anyMatch(c -> !c.withheld() && CadreSnapshot.PERSONAL.contains(c.field()));
  }

  /** One field that a revision changed; the values withheld when they are personal. */
  public record Change(String field, Object from, Object to, boolean withheld) {}
}
