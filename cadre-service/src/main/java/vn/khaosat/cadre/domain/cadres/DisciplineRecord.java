package vn.khaosat.cadre.domain.cadres;

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
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * A disciplinary measure (kỷ luật) taken against a cadre. {@code restrictedUntil} is the day until
 * which it bars nomination; null when it bars nothing any more.
 */
@Entity
@Table(name = "discipline_record")
@Audited
public class DisciplineRecord extends PanacheEntityBase {

  /** Records kept per cadre, at most, so that a cadre's list has a documented bound. */
  public static final int MAX_PER_CADRE = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "discipline_record_seq")
  @SequenceGenerator(
      name = "discipline_record_seq",
      sequenceName = "discipline_record_seq",
      allocationSize = 50)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  public Cadre cadre;

  @Enumerated(EnumType.STRING)
  public DisciplineForm form;

  public LocalDate decidedOn;

  public LocalDate restrictedUntil;

  public String decidedBy;

  public String reason;
}
