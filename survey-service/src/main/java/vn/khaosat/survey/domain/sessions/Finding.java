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
 * A finding of the delegation (ưu điểm, hạn chế, nguyên nhân), optionally about a target of
 * indicators-service.
 */
@Entity
@Audited
@Table(name = "finding")
public class Finding extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finding_seq")
  @SequenceGenerator(name = "finding_seq", sequenceName = "finding_seq", allocationSize = 50)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  public SurveySession session;

  public int position;

  @Enumerated(EnumType.STRING)
  public FindingKind kind;

  public String text;

  /** A target of indicators-service, with its wording as it stood when tied. */
  public Long targetId;

  public String targetLabel;
}
