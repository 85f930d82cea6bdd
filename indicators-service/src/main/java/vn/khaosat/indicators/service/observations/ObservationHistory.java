package vn.khaosat.indicators.service.observations;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Objects;
import org.hibernate.Session;
import org.jboss.logging.MDC;
import vn.khaosat.indicators.domain.ColumnLimits;
import vn.khaosat.indicators.domain.Observation;
import vn.khaosat.indicators.domain.ObservationRevision;
import vn.khaosat.indicators.domain.Unit;
import vn.khaosat.indicators.domain.rules.ObservationStatus;
import vn.khaosat.paging.Page;
import vn.khaosat.paging.PageParams;
import vn.khaosat.problem.ApiProblem;
import vn.khaosat.requestid.RequestIds;

/**
 * The history of every figure: one revision row per change, written by plain SQL in the transaction
 * of the change; the creations of a CSV import are kept on the figures themselves until a deletion
 * writes them out (V8). Not Hibernate Envers: the import stores its figures with COPY and one
 * merge, never through entities, and writes its revisions in that same statement (see {@link
 * ImportMerge}); one table written the same way by both paths keeps one history, read through the
 * view {@code observation_history}.
 */
@ApplicationScoped
public class ObservationHistory {

  private static final String INSERT =
      """
      insert into observation_revision
          (indicator_code, unit_code, year, status, old_value, new_value, old_source, new_source,
           old_poverty_standard, new_poverty_standard, changed_by, request_id, reason)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """;

  /** A creation kept on the figure, written out as a row before the figure goes. */
  private static final String WRITE_OUT_CREATION =
      """
      insert into observation_revision
          (id, indicator_code, unit_code, year, status, old_value, new_value, old_source,
           new_source, old_poverty_standard, new_poverty_standard, changed_by, changed_at,
           request_id, reason, import_id)
      select id, indicator_code, unit_code, year, status, old_value, new_value, old_source,
          new_source, old_poverty_standard, new_poverty_standard, changed_by, changed_at,
          request_id, reason, import_id
      from observation_history
      where indicator_code = ? and unit_code = ? and year = ? and status = ? and implicit
      """;

  private final SecurityIdentity identity;

  public ObservationHistory(SecurityIdentity identity) {
    this.identity = identity;
  }

  /** The revisions of one figure, newest first; 404 when it has neither a figure nor a history. */
  public Page<ObservationRevision> of(
      String indicator, String unit, int year, ObservationStatus status, PageParams page) {
    Page<ObservationRevision> found =
        Page.of(
            ObservationRevision.<ObservationRevision>find(
                "indicatorCode = ?1 and unitCode = ?2 and year = ?3 and status = ?4"
                    + " order by id desc",
                indicator,
                unit,
                year,
                status),
            page,
            r -> r);
    if (found.totalItems() == 0
        && Observation.count(
                "indicatorCode = ?1 and unitCode = ?2 and year = ?3 and status = ?4",
                indicator,
                unit,
                year,
                status)
            == 0) {
      throw ApiProblem.notFound("observation.notFound", indicator, unit, year, status);
    }
    return found;
  }

  /**
   * A figure of a closed unit changes only with a reason (DESIGN.md §4): its record is frozen, and
   * a late correction must say why. A first figure of a closed unit needs none: official figures
   * come late.
   */
  static void requireReason(Unit unit, boolean replacing, String reason) {
    if (replacing && unit.isClosed() && (reason == null || reason.isBlank())) {
      throw ApiProblem.invalidField(
          "reason", "observation.reasonRequired", unit.code, unit.validTo.toString());
    }
  }

  /**
   * Records the change from {@code before} (null: none) to {@code after} (null: deleted). Called
   * before the figure's own change is flushed: a deletion first writes out a creation the figure
   * still keeps.
   */
  void record(Key key, Figure before, Figure after, String reason) {
    if (Objects.equals(before, after)) {
      return;
    }
    Panache.getEntityManager()
        .unwrap(Session.class)
        .doWork(
            c -> {
              if (after == null) {
                try (PreparedStatement s = c.prepareStatement(WRITE_OUT_CREATION)) {
                  key(s, key);
                  s.executeUpdate();
                }
              }
              try (PreparedStatement s = c.prepareStatement(INSERT)) {
                key(s, key);
                s.setBigDecimal(5, before == null ? null : before.value());
                s.setBigDecimal(6, after == null ? null : after.value());
                s.setString(7, before == null ? null : before.source());
                s.setString(8, after == null ? null : after.source());
                s.setString(9, before == null ? null : before.povertyStandard());
                s.setString(10, after == null ? null : after.povertyStandard());
                s.setString(11, user());
                s.setString(12, requestId());
                if (reason == null || reason.isBlank()) {
                  s.setNull(13, Types.VARCHAR);
                } else {
                  s.setString(13, reason);
                }
                s.executeUpdate();
              }
            });
  }

  private static void key(PreparedStatement s, Key key) throws SQLException {
    s.setString(1, key.indicator());
    s.setString(2, key.unit());
    s.setInt(3, key.year());
    s.setString(4, key.status().name());
  }

  /** The token's user name, as long as the column takes. */
  String user() {
    String name = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    return name.length() > ColumnLimits.USER_NAME
        ? name.substring(0, ColumnLimits.USER_NAME)
        : name;
  }

  /** The X-Request-Id of the request (libs/request-id keeps it in the log context). */
  static String requestId() {
    Object id = MDC.get(RequestIds.MDC_KEY);
    return id == null ? null : id.toString();
  }

  /** A figure's key. */
  record Key(String indicator, String unit, int year, ObservationStatus status) {}

  /**
   * What a revision compares of a figure (it keeps all but the note); values compare as numbers
   * (412.5 = 412.500000).
   */
  record Figure(BigDecimal value, String source, String povertyStandard, String note) {
    static Figure of(Observation o) {
      return new Figure(o.value.stripTrailingZeros(), o.source, o.povertyStandard, o.note);
    }

    static Figure of(ObservationCommand c) {
      return new Figure(c.value().stripTrailingZeros(), c.source(), c.povertyStandard(), c.note());
    }
  }
}
