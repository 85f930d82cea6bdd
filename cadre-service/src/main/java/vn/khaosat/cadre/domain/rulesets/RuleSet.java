package vn.khaosat.cadre.domain.rulesets;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.khaosat.cadre.domain.committees.CommitteeLevel;
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

  /**
   * The month ages are counted at for each committee level ("2025-09"), as the round's directive
   * fixes it; kept as text, so the JSON column reads the same whatever maps it.
   */
  @JdbcTypeCode(SqlTypes.JSON)
  public Map<String, String> referenceMonths = new LinkedHashMap<>();

  @JdbcTypeCode(SqlTypes.JSON)
  public List<RuleDefinition> rules = new ArrayList<>();

  public String createdBy;

  @CreationTimestamp public OffsetDateTime createdAt;

  /** The month the set fixes for committees of {@code level}, if it fixes one. */
  public Optional<YearMonth> referenceMonth(CommitteeLevel level) {
    return Optional.ofNullable(referenceMonths.get(level.name())).map(YearMonth::parse);
  }

  /** Every month the set fixes, in the order of the levels. */
  public Map<CommitteeLevel, YearMonth> referenceMonthsByLevel() {
    Map<CommitteeLevel, YearMonth> months = new EnumMap<>(CommitteeLevel.class);
    for (CommitteeLevel level : CommitteeLevel.values()) {
      referenceMonth(level).ifPresent(month -> months.put(level, month));
    }
    return months;
  }

  public void replaceReferenceMonths(Map<CommitteeLevel, YearMonth> months) {
    referenceMonths.clear();
    months.forEach((level, month) -> referenceMonths.put(level.name(), month.toString()));
  }
}
