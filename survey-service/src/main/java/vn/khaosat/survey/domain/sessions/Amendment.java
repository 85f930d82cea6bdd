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
import java.time.OffsetDateTime;

/**
 * A correction to signed minutes (đính chính, bổ sung): signed minutes never change, amendments are
 * added.
 */
@Entity
@Table(name = "amendment")
public class Amendment extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "amendment_seq")
  @SequenceGenerator(name = "amendment_seq", sequenceName = "amendment_seq", allocationSize = 50)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  public SurveySession session;

  public int position;

  @Enumerated(EnumType.STRING)
  public AmendmentSection section;

  public String text;

  public String reason;

  public String author;

  public OffsetDateTime createdAt;
}
