package vn.khaosat.paging;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.util.ArrayList;
import java.util.List;

/**
 * The optional filters of a list, joined with {@code and}: a filter whose value is null is left
 * out, so resources pass their query parameters straight in.
 */
public final class Filters {

  private final List<String> clauses = new ArrayList<>();
  private final Parameters parameters = new Parameters();

  public Filters add(String clause, String name, Object value) {
    if (value != null && !(value instanceof String s && s.isBlank())) {
      clauses.add(clause);
      parameters.and(name, value);
    }
    return this;
  }

  /** A clause with two parameters, kept when the first value is present. */
  public Filters add(
      String clause, String name, Object value, String otherName, Object otherValue) {
    if (value != null && !(value instanceof String s && s.isBlank())) {
      clauses.add(clause);
      parameters.and(name, value).and(otherName, otherValue);
    }
    return this;
  }

  /** A clause with no parameter, kept when {@code condition} holds. */
  public Filters addIf(boolean condition, String clause) {
    if (condition) {
      clauses.add(clause);
    }
    return this;
  }

  public String query() {
    return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
  }

  public Parameters parameters() {
    return parameters;
  }

  public static Sort by(String... columns) {
    return Sort.by(columns);
  }
}
