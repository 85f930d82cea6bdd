package vn.khaosat.survey.domain.sessions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** An item of the session's agenda (nội dung làm việc). */
@Entity
@Audited
@Table(name = "agenda_item")
public class AgendaItem extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agenda_item_seq")
  @SequenceGenerator(
      name = "agenda_item_seq",
      sequenceName = "agenda_item_seq",
      allocationSize = 50)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  public SurveySession session;

  public int position;

  public String title;
}
