package vn.khaosat.cadre.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.khaosat.cadre.domain.vetting.RuleDefinition;

/**
 * A versioned set of vetting rules for one congress round, as data. A set never changes once
 * stored, since reports refer to it: a new round or a correction is a new set with its own code.
 */
@Entity
@Table(name = "rule_set")
public class RuleSet extends PanacheEntityBase {

  @Id public String code;

  public String name;

  public String description;

  /** The first day congresses may be vetted against this set. */
  public LocalDate effectiveFrom;

  /** The set this one replaces, if any. */
  public String supersedesCode;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<RuleDefinition> rules = new ArrayList<>();

  public String createdBy;

  @CreationTimestamp public OffsetDateTime createdAt;
}
