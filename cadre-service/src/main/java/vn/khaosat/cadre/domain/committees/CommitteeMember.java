package vn.khaosat.cadre.domain.committees;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A seat on a committee: who, in which role, from and until when. */
@Entity
@Table(name = "committee_member")
public class CommitteeMember extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "committee_member_seq")
  @SequenceGenerator(
      name = "committee_member_seq",
      sequenceName = "committee_member_seq",
      allocationSize = 50)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  public Committee committee;

  public long cadreId;

  @Enumerated(EnumType.STRING)
  public CommitteeRole role;

  public LocalDate fromDate;

  public LocalDate toDate;
}
