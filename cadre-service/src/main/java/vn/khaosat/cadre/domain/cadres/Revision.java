package vn.khaosat.cadre.domain.cadres;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One revision of audited records: when it was made and by whom. */
@Entity
@Table(name = "revision_info")
@RevisionEntity(RevisionAuthorListener.class)
public class Revision {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_info_seq")
  @SequenceGenerator(name = "revision_info_seq", sequenceName = "revision_info_seq")
  @RevisionNumber
  public long id;

  @RevisionTimestamp public long timestamp;

  public String author;
}
