package vn.khaosat.survey.domain.sessions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.khaosat.survey.domain.directives.Directive;

/**
 * A survey session (buổi làm việc, khảo sát) of a working delegation with a host unit: who took
 * part, what was said and found, the conclusion and its directives. Signed minutes never change.
 * Every change of its content is a revision (Hibernate Envers, {@code *_aud} tables).
 */
@Entity
@Audited
@Table(name = "survey_session")
public class SurveySession extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_session_seq")
  @SequenceGenerator(
      name = "survey_session_seq",
      sequenceName = "survey_session_seq",
      allocationSize = 50)
  public Long id;

  public String title;

  /** The body above the delegation, e.g. "Tỉnh ủy Đắk Nông". */
  public String superiorBody;

  /** The body that sent the delegation, e.g. "Tiểu ban Nội dung Đại hội XII Đảng bộ tỉnh". */
  public String leadingBody;

  public String hostUnitCode;

  /** The unit's name as indicators-service gave it when the session was recorded. */
  public String hostUnitName;

  /** The body the delegation met, e.g. "Ban Thường vụ Huyện ủy Đắk Song". */
  public String hostBody;

  public OffsetDateTime startsAt;

  public OffsetDateTime endsAt;

  public String place;

  public String purpose;

  public String reviewedTerm;

  public String plannedTerm;

  /** Number and symbol of the minutes, e.g. "05-BB/TBND". */
  public String minutesNumber;

  /** Number and symbol of the notice of conclusions, e.g. "12-TB/TBND". */
  public String noticeNumber;

  @Enumerated(EnumType.STRING)
  public SessionStatus status = SessionStatus.PLANNED;

  public String conclusionText;

  @ManyToOne(fetch = FetchType.LAZY)
  public Participant concludedBy;

  @ManyToOne(fetch = FetchType.LAZY)
  public Participant secretary;

  @ManyToOne(fetch = FetchType.LAZY)
  public Participant chair;

  public OffsetDateTime signedAt;

  public String signedBy;

  // who and when are the revision's (libs/history); the first revision is the creation
  @NotAudited public String createdBy;

  @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  public List<Participant> participants = new ArrayList<>();

  @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  public List<AgendaItem> agenda = new ArrayList<>();

  @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  public List<Statement> statements = new ArrayList<>();

  @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  public List<Finding> findings = new ArrayList<>();

  @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  public List<Directive> directives = new ArrayList<>();

  // added after signing, each with its author, time and reason: a history of their own
  @NotAudited
  @OneToMany(mappedBy = "session", cascade = CascadeType.ALL)
  @OrderBy("position")
  public List<Amendment> amendments = new ArrayList<>();

  @Version public long version;

  @NotAudited @CreationTimestamp public OffsetDateTime createdAt;

  // raised by every write of a part (SessionAccess), which the part's own revision tells
  @NotAudited @UpdateTimestamp public OffsetDateTime updatedAt;

  public boolean isSigned() {
    return status == SessionStatus.SIGNED;
  }
}
