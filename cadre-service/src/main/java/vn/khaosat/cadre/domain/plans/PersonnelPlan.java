package vn.khaosat.cadre.domain.plans;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import vn.khaosat.cadre.domain.UnitOwned;
import vn.khaosat.cadre.domain.committees.Committee;

/**
 * A personnel plan (phương án nhân sự): the slate proposed for a committee's next term, vetted
 * against a rule set at a reference month (the month of the congress).
 */
@Entity
@Table(name = "personnel_plan")
public class PersonnelPlan extends PanacheEntityBase implements UnitOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "personnel_plan_seq")
  @SequenceGenerator(
      name = "personnel_plan_seq",
      sequenceName = "personnel_plan_seq",
      allocationSize = 50)
  public Long id;

  /** The sitting committee whose successor this plan proposes. */
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  public Committee committee;

  /** The term the plan is for: the one after the sitting committee's. */
  public String termCode;

  public String ruleSetCode;

  /** First day of the reference month. */
  public LocalDate referenceMonth;

  public String title;

  /** Seats planned on the new committee; null means as many as candidates. */
  public Integer seats;

  /** Share of ethnic minorities in the unit's population, to report beside the slate's. */
  public BigDecimal localEthnicMinorityPercent;

  @Enumerated(EnumType.STRING)
  public PlanStatus status = PlanStatus.DRAFT;

  @ElementCollection
  @CollectionTable(name = "plan_candidate", joinColumns = @JoinColumn(name = "plan_id"))
  @OrderColumn(name = "position")
  public List<Candidate> candidates = new ArrayList<>();

  public String approvedBy;

  public OffsetDateTime approvedAt;

  @Version public long version;

  @CreationTimestamp public OffsetDateTime createdAt;

  @UpdateTimestamp public OffsetDateTime updatedAt;

  public YearMonth reference() {
    return YearMonth.from(referenceMonth);
  }

  /** The members of the plan's sitting committee: they stand for re-election. */
  public Set<Long> sittingMembers() {
    return committee.members.stream().map(m -> m.cadreId).collect(Collectors.toSet());
  }

  /** The plan is written within the unit of its committee. */
  @Override
  public String ownerUnit() {
    return committee.unitCode;
  }

  @Override
  public long currentVersion() {
    return version;
  }
}
