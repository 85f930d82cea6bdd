package vn.khaosat.history;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import vn.khaosat.defaults.SuiteTime;

/**
 * One revision of audited records (Hibernate Envers): when it was made, by whom and in which
 * request. Every service that keeps a history has this entity in its persistence unit and the
 * {@code revision_info} table with its sequence in its own migrations.
 */
@Entity
@Table(name = "revision_info")
@RevisionEntity(RevisionStamp.class)
public class Revision {

  /** The longest request id {@code RequestIds} accepts, the column's length. */
  public static final int REQUEST_ID_LENGTH = 128;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_info_seq")
  @SequenceGenerator(
      name = "revision_info_seq",
      sequenceName = "revision_info_seq",
      allocationSize = 50)
  @RevisionNumber
  public long id;

  @RevisionTimestamp public long timestamp;

  public String author;

  /** The {@code X-Request-Id} of the request that made it, to find its log lines. */
  public String requestId;

  /** When, in the suite's time zone. */
  public OffsetDateTime at() {
    return Instant.ofEpochMilli(timestamp).atZone(SuiteTime.ZONE).toOffsetDateTime();
  }
}
