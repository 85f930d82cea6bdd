package vn.khaosat.indicators.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import vn.khaosat.indicators.domain.rules.Direction;

/**
 * An economic or social indicator (chỉ tiêu thống kê), such as state budget revenue or the share of
 * poor households. {@code partOfCode} names the total an indicator is a share of; indicators with
 * the same {@code structureGroup} are the shares of one total and must add up to 100.
 */
@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {

  @Id public String code;

  public String name;

  public String unitOfMeasure;

  @Enumerated(EnumType.STRING)
  public Direction direction;

  @Enumerated(EnumType.STRING)
  public PriceBasis priceBasis;

  public short decimals;

  public String structureGroup;

  public String partOfCode;

  public boolean requiresPovertyStandard;

  /** The name without diacritics, in lower case; the database fills it. */
  @Column(insertable = false, updatable = false)
  public String nameSearch;

  @Version public long version;

  @CreationTimestamp public OffsetDateTime createdAt;

  @UpdateTimestamp public OffsetDateTime updatedAt;
}
