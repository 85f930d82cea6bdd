package vn.khaosat.cadre.domain.cadres;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.SortNatural;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.khaosat.cadre.domain.UnitOwned;

/**
 * A cadre and Party member (cán bộ, đảng viên). Date of birth, ethnicity, religion, asset
 * declarations and discipline are personal: only organizers, inspectors and admins see them. Every
 * change is kept as a revision.
 */
@Entity
@Table(name = "cadre")
@Audited
public class Cadre extends PanacheEntityBase implements UnitOwned {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadre_seq")
  @SequenceGenerator(name = "cadre_seq", sequenceName = "cadre_seq", allocationSize = 50)
  public Long id;

  public String fullName;

  @Enumerated(EnumType.STRING)
  public Gender gender;

  /** With {@link #birthDatePrecision}: a year alone is stored as 1 January of that year. */
  public LocalDate birthDate;

  @Enumerated(EnumType.STRING)
  public BirthDate.Precision birthDatePrecision;

  public String ethnicity;

  /** The ethnicity without diacritics, in lower case, for the filter; the database fills it. */
  @Column(insertable = false, updatable = false)
  @NotAudited
  public String ethnicitySearch;

  public String religion;

  /** The unit the cadre works for; its code lives in indicators-service. */
  public String unitCode;

  public LocalDate partyAdmissionDate;

  public LocalDate partyFullMembershipDate;

  public String generalEducation;

  public String professionalDegree;

  @Enumerated(EnumType.STRING)
  public TheoryLevel theoryLevel;

  public String stateManagementLevel;

  public boolean inSuccessionPlan;

  @ElementCollection
  @CollectionTable(name = "cadre_post", joinColumns = @JoinColumn(name = "cadre_id"))
  @OrderColumn(name = "position")
  public List<Post> posts = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "cadre_asset_declaration", joinColumns = @JoinColumn(name = "cadre_id"))
  @Column(name = "year")
  @SortNatural
  public SortedSet<Integer> assetDeclarationYears = new TreeSet<>();

  @OneToMany(mappedBy = "cadre")
  @OrderBy("decidedOn, id")
  public List<DisciplineRecord> disciplines = new ArrayList<>();

  /** The name without diacritics, in lower case; the database fills it. */
  @Column(insertable = false, updatable = false)
  @NotAudited
  public String nameSearch;

  @Version public long version;

  @CreationTimestamp @NotAudited public OffsetDateTime createdAt;

  @UpdateTimestamp @NotAudited public OffsetDateTime updatedAt;

  public BirthDate birth() {
    return new BirthDate(birthDate, birthDatePrecision);
  }

  @Override
  public String ownerUnit() {
    return unitCode;
  }

  @Override
  public long currentVersion() {
    return version;
  }
}
