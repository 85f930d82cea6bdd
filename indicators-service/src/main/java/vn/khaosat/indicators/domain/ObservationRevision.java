package vn.khaosat.indicators.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import vn.khaosat.indicators.domain.rules.ObservationStatus;

/**
 * One change of a figure (lịch sử số liệu), as it was made: the value, source and poverty standard
 * before and after (null before a first figure, null after a deletion), who, when, the request id,
 * the reason, and the CSV import it came with. Written by SQL only (ObservationHistory, and the
 * import's merge); read here.
 */
@Entity
@Immutable
@Table(name = "observation_revision")
public class ObservationRevision extends PanacheEntityBase {

  @Id public Long id;

  @Column(name = "indicator_code")
  public String indicatorCode;

  @Column(name = "unit_code")
  public String unitCode;

  public int year;

  @Enumerated(EnumType.STRING)
  public ObservationStatus status;

  public BigDecimal oldValue;
  public BigDecimal newValue;
  public String oldSource;
  public String newSource;
  public String oldPovertyStandard;
  public String newPovertyStandard;
  public String changedBy;
  public OffsetDateTime changedAt;
  public String requestId;
  public String reason;
  public UUID importId;
}
