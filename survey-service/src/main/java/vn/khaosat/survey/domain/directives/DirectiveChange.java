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
import java.time.OffsetDateTime;

/** One change of a directive's status, kept for ever. */
@Entity
@Table(name = "directive_change")
public class DirectiveChange extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "directive_change_seq")
  @SequenceGenerator(
      name = "directive_change_seq",
      sequenceName = "directive_change_seq",
      allocationSize = 50)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  public Directive directive;

  public OffsetDateTime changedAt;

  public String changedBy;

  @Enumerated(EnumType.STRING)
  public DirectiveStatus fromStatus;

  @Enumerated(EnumType.STRING)
  public DirectiveStatus toStatus;

  public String note;

  public String evidence;
}
