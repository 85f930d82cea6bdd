package vn.khaosat.indicators.domain;

import static vn.khaosat.indicators.domain.ColumnLimits.ID_BLOCK;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import vn.khaosat.indicators.domain.rules.Comparator;
import vn.khaosat.indicators.domain.rules.Measure;

/**
 * A target of a resolution (chỉ tiêu nghị quyết): what is measured, how it is compared, and the
 * wording as the resolution wrote it.
 */
@Entity
@Table(name = "target")
public class Target extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "target_seq")
  @SequenceGenerator(name = "target_seq", sequenceName = "target_seq", allocationSize = ID_BLOCK)
  public Long id;

  @Column(name = "resolution_id")
  public Long resolutionId;

  @Column(name = "indicator_code")
  public String indicatorCode;

  @Enumerated(EnumType.STRING)
  public Measure measure;

  @Enumerated(EnumType.STRING)
  public Comparator comparator;

  public BigDecimal value;

  public BigDecimal low;

  public BigDecimal high;

  public BigDecimal tolerance;

  @Column(name = "reference_unit_code")
  public String referenceUnitCode;

  public String wording;

  @Version public long version;

  @CreationTimestamp public OffsetDateTime createdAt;

  @UpdateTimestamp public OffsetDateTime updatedAt;
}
