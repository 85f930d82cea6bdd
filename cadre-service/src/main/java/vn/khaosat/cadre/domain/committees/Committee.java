package vn.khaosat.cadre.domain.committees;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import vn.khaosat.cadre.domain.UnitOwned;

/** The Party committee (cấp ủy) of a unit for one term, with its members. */
@Entity
@Table(name = "committee")
public class Committee extends PanacheEntityBase implements UnitOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "committee_seq")
  @SequenceGenerator(name = "committee_seq", sequenceName = "committee_seq", allocationSize = 50)
  public Long id;

  public String unitCode;

  @Enumerated(EnumType.STRING)
  public CommitteeLevel level;

  /** The term, written as its years: "2015-2020". */
  public String termCode;

  public String name;

  @OneToMany(mappedBy = "committee", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  public List<CommitteeMember> members = new ArrayList<>();

  @Version public long version;

  @CreationTimestamp public OffsetDateTime createdAt;

  @UpdateTimestamp public OffsetDateTime updatedAt;

  @Override
  public String ownerUnit() {
    return unitCode;
  }

  @Override
  public long currentVersion() {
    return version;
  }
}
