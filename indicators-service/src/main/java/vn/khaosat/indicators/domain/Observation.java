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
import vn.khaosat.indicators.domain.rules.ObservationStatus;

/**
 * One figure (số liệu): indicator × unit × year × status → value. The same year may hold an
 * estimate, a preliminary and an official figure side by side.
 */
@Entity
@Table(name = "observation")
public class Observation extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "observation_seq")
  @SequenceGenerator(
      name = "observation_seq",
      sequenceName = "observation_seq",
      allocationSize = ID_BLOCK)
  public Long id;

  @Column(name = "indicator_code")
  public String indicatorCode;

  @Column(name = "unit_code")
  public String unitCode;

  public int year;

  @Enumerated(EnumType.STRING)
  public ObservationStatus status;

  public BigDecimal value;

  public String source;

  public String note;

  public String povertyStandard;

  @Version public long version;

  @CreationTimestamp public OffsetDateTime createdAt;

  @UpdateTimestamp public OffsetDateTime updatedAt;
}
