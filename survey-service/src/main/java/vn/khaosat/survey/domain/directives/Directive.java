package vn.khaosat.survey.domain.directives;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.khaosat.survey.domain.sessions.SurveySession;

/**
 * A directive of the conclusion (yêu cầu, nhiệm vụ): a task with an owner and a deadline, followed
 * up across sessions.
 */
@Entity
@Audited
@Table(name = "directive")
public class Directive extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "directive_seq")
  @SequenceGenerator(name = "directive_seq", sequenceName = "directive_seq", allocationSize = 50)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  public SurveySession session;

  public int position;

  public String text;

  /** The body that must act, e.g. "Ban Thường vụ Huyện ủy Đắk Song". */
  public String responsibleBody;

  public String responsibleUnitCode;

  public LocalDate deadline;

  // the follow-up, before and after signing, has its own record with a note each: DirectiveChange
  @NotAudited
  @Enumerated(EnumType.STRING)
  public DirectiveStatus status;

  @NotAudited public String evidence;

  @Version public long version;

  @NotAudited @org.hibernate.annotations.UpdateTimestamp public OffsetDateTime updatedAt;

  /** True while the task is open and its deadline has passed. */
  public boolean overdueOn(LocalDate today) {
    return status.isOpen() && deadline.isBefore(today);
  }
}
