package vn.khaosat.indicators.domain;

import static vn.khaosat.indicators.domain.ColumnLimits.ID_BLOCK;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** The resolution of a unit's Party congress for a term (nghị quyết đại hội). */
@Entity
@Table(name = "resolution")
public class Resolution extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resolution_seq")
  @SequenceGenerator(
      name = "resolution_seq",
      sequenceName = "resolution_seq",
      allocationSize = ID_BLOCK)
  public Long id;

  public String title;

  @Column(name = "unit_code")
  public String unitCode;

  @Column(name = "term_code")
  public String termCode;

  public String documentNumber;

  public LocalDate adoptedOn;

  @Version public long version;

  @CreationTimestamp public OffsetDateTime createdAt;

  @UpdateTimestamp public OffsetDateTime updatedAt;
}
