package vn.khaosat.cadre.domain.plans;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One run of the vetting (rà soát, thẩm định) of a personnel plan, kept with the facts it judged: a
 * later change to a cadre does not rewrite an earlier report.
 */
@Entity
@Table(name = "vetting")
public class VettingRecord extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vetting_seq")
  @SequenceGenerator(name = "vetting_seq", sequenceName = "vetting_seq", allocationSize = 50)
  public Long id;

  public long planId;

  public String ruleSetCode;

  public OffsetDateTime ranAt;

  public String ranBy;

  public int blockingFailures;

  public int warnings;

  @JdbcTypeCode(SqlTypes.JSON)
  public StoredReport report;
}
