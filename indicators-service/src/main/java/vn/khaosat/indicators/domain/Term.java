package vn.khaosat.indicators.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * A congress term (nhiệm kỳ) such as {@code 2015-2020}: the base year is the first year named, the
 * term's figures run from the year after it to the last.
 */
@Entity
@Table(name = "term")
public class Term extends PanacheEntityBase {

  public static final Pattern CODE = Pattern.compile("([0-9]{4})-([0-9]{4})");

  @Id public String code;

  public int baseYear;

  public int lastYear;

  @Version public long version;

  @CreationTimestamp public OffsetDateTime createdAt;

  @UpdateTimestamp public OffsetDateTime updatedAt;

  /** A term from its code; the caller has checked the code against {@link #CODE}. */
  public static Term fromCode(String code) {
    Matcher m = CODE.matcher(code);
    if (!m.matches()) {
      throw new IllegalArgumentException("Not a term code: " + code);
    }
    Term term = new Term();
    term.code = code;
    term.baseYear = Integer.parseInt(m.group(1));
    term.lastYear = Integer.parseInt(m.group(2));
    return term;
  }
}
