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

/** A statement made in the session (phát biểu), in order; a reply points to what it answers. */
@Entity
@Audited
@Table(name = "statement")
public class Statement extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statement_seq")
  @SequenceGenerator(name = "statement_seq", sequenceName = "statement_seq", allocationSize = 50)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  public SurveySession session;

  public int position;

  @ManyToOne(fetch = FetchType.LAZY)
  public Participant speaker;

  @Enumerated(EnumType.STRING)
  public StatementKind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  public AgendaItem agendaItem;

  @ManyToOne(fetch = FetchType.LAZY)
  public Statement replyTo;

  public String text;
}
