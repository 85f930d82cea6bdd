package vn.khaosat.cadre.domain.access;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One read of a cadre's personal fields (truy cập dữ liệu cá nhân): who, when, which cadre, which
 * operation, which request. Only ever added.
 */
@Entity
@Table(name = "personal_data_access")
public class PersonalDataAccess extends PanacheEntityBase {

  /** The longest route template kept (the column's length). */
  public static final int ROUTE_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "personal_data_access_seq")
  @SequenceGenerator(
      name = "personal_data_access_seq",
      sequenceName = "personal_data_access_seq",
      allocationSize = 50)
  public Long id;

  public long cadreId;

  public String userName;

  public OffsetDateTime accessedAt;

  @Column(name = "http_method")
  public String method;

  public String route;

  public String requestId;
}
