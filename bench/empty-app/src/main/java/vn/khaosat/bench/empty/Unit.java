package vn.khaosat.bench.empty;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A row of indicators-service's {@code unit} table (đơn vị hành chính), its scalar columns. */
@Entity
@Table(name = "unit")
public class Unit extends PanacheEntityBase {

  @Id public String code;

  public String name;

  public String level;

  public String parentCode;

  public LocalDate validFrom;

  public LocalDate validTo;

  @Version public long version;

  public OffsetDateTime createdAt;

  public OffsetDateTime updatedAt;
}
