package vn.khaosat.indicators.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * An administrative unit (đơn vị hành chính). Units are never rewritten once closed: a unit whose
 * {@code validTo} is set keeps its figures as history and is read-only.
 */
@Entity
@Table(name = "unit")
public class Unit extends PanacheEntityBase {

  @Id public String code;

  public String name;

  @Enumerated(EnumType.STRING)
  public UnitLevel level;

  @Column(name = "parent_code")
  public String parentCode;

  public LocalDate validFrom;

  public LocalDate validTo;

  @ElementCollection
  @CollectionTable(name = "unit_successor", joinColumns = @JoinColumn(name = "unit_code"))
  @OrderColumn(name = "position")
  @Column(name = "successor_code")
  public List<String> successorCodes = new ArrayList<>();

  /** Units this one succeeded, named by it (a closed unit can no longer name its successors). */
  @ElementCollection
  @CollectionTable(name = "unit_predecessor", joinColumns = @JoinColumn(name = "unit_code"))
  @OrderColumn(name = "position")
  @Column(name = "predecessor_code")
  public List<String> predecessorCodes = new ArrayList<>();

  /** The name without diacritics, in lower case; the database fills it. */
  @Column(insertable = false, updatable = false)
  public String nameSearch;

  @Version public long version;

  @CreationTimestamp public OffsetDateTime createdAt;

  @UpdateTimestamp public OffsetDateTime updatedAt;

  public boolean isClosed() {
    return validTo != null;
  }

  public boolean activeOn(LocalDate day) {
    return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
  }

  /** Whether the unit existed during at least part of {@code year}. */
  public boolean existedIn(int year) {
    return validFrom.getYear() <= year && (validTo == null || validTo.getYear() >= year);
  }
}
