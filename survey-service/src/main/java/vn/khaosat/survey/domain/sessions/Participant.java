package vn.khaosat.survey.domain.sessions;

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
import org.hibernate.envers.Audited;

/**
 * A participant of a survey session (thành phần tham dự): a cadre as the record stood that day, or
 * a guest named in free text.
 */
@Entity
@Audited
@Table(name = "participant")
public class Participant extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participant_seq")
  @SequenceGenerator(
      name = "participant_seq",
      sequenceName = "participant_seq",
      allocationSize = 50)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  public SurveySession session;

  public int position;

  /** The cadre-service record, or null for a guest. */
  public Long cadreId;

  /** The version of the cadre record the copy was taken from. */
  public Long cadreVersion;

  public String fullName;

  /** The post held that day, e.g. "Bí thư Huyện ủy". */
  public String title;

  public String organization;

  public String unitCode;

  @Enumerated(EnumType.STRING)
  public ParticipantRole role;

  @Enumerated(EnumType.STRING)
  public Attendance attendance;
}
