package vn.khaosat.survey.domain.dossier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import vn.khaosat.survey.domain.sessions.SurveySession;

/**
 * The dossier (hồ sơ) of a session: the host unit's scorecard, those of the units it succeeded, and
 * the vetting summary of its personnel plan, as fetched at {@code takenAt}, with what could not be
 * fetched and why.
 */
@Entity
@Table(name = "dossier")
public class Dossier extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_seq")
  @SequenceGenerator(name = "dossier_seq", sequenceName = "dossier_seq", allocationSize = 50)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  public SurveySession session;

  public OffsetDateTime takenAt;

  public String takenBy;

  /** The scorecard as indicators-service sent it, or null when it could not be fetched. */
  @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
  public java.util.Map<String, Object> scorecard;

  /**
   * The scorecards of the units the host unit succeeded that existed during the reviewed term (a
   * new commune's predecessor district), as sent; empty when it succeeded none.
   */
  @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
  public java.util.List<java.util.Map<String, Object>> predecessorScorecards =
      new java.util.ArrayList<>();

  /** The vetting summary as cadre-service sent it, or null. */
  @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
  public java.util.Map<String, Object> vetting;

  @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
  public java.util.List<MissingPart> missing = new java.util.ArrayList<>();

  /** The session's latest dossier, if one was taken. */
  public static java.util.Optional<Dossier> latestOf(long sessionId) {
    return Dossier.<Dossier>find("session.id = ?1 order by takenAt desc, id desc", sessionId)
        .firstResultOptional();
  }
}
