package vn.khaosat.indicators.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import vn.khaosat.indicators.domain.rules.ObservationStatus;

/**
 * One change of a figure (lịch sử số liệu), as it was made: the value, source and poverty standard
 * before and after (null before a first figure, null after a deletion), who, when, the request id,
 * the reason, and the CSV import it came with. Written by SQL only (ObservationHistory, and the
 * import's merge); read here through the view {@code observation_history}, which adds the creations
 * an import keeps on its figures (V8): these share their import's id.
 */
@Entity
@Immutable
@Table(name = "observation_history")
@IdClass(ObservationRevision.Key.class)
public class ObservationRevision extends PanacheEntityBase {

  // keyed as observation_revision is: the figure, then the revision (an id alone is shared)
  @Id public Long id;

  @Id
  @Column(name = "indicator_code")
  public String indicatorCode;

  @Id
  @Column(name = "unit_code")
  public String unitCode;

  @Id public int year;

  @Id
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

  /** The key of a revision: its figure and its id. */
  public static class Key implements Serializable {
    public Long id;
    public String indicatorCode;
    public String unitCode;
    public int year;
    public ObservationStatus status;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(id, k.id)
          && Objects.equals(indicatorCode, k.indicatorCode)
          && Objects.equals(unitCode, k.unitCode)
          && year == k.year
          && status == k.status;
    }

    @Override
    public int hashCode() {
      return Objects.hash(id, indicatorCode, unitCode, year, status);
    }
  }
}
