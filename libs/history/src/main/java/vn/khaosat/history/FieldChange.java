package vn.khaosat.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One field that a revision changed, from its value in the revision before to its value in this
 * one; and the comparison of two snapshots of a record, which every history makes the same way.
 */
public record FieldChange(String field, Object from, Object to) {

  /**
   * The fields that differ between two snapshots (field name to value), in the order of {@code
   * after}'s fields, then those only {@code before} has. A null, an absent field and an empty list
   * are the same: nothing recorded.
   */
  public static List<FieldChange> between(Map<String, ?> before, Map<String, ?> after) {
    List<FieldChange> changes = new ArrayList<>();
    after.forEach(
        (field, value) -> {
          Object old = before.get(field);
          if (!Objects.equals(normal(old), normal(value))) {
            changes.add(new FieldChange(field, old, value));
          }
        });
    before.forEach(
        (field, old) -> {
          if (!after.containsKey(field) && normal(old) != null) {
            changes.add(new FieldChange(field, old, null));
          }
        });
    return changes;
  }

  private static Object normal(Object value) {
    return value instanceof List<?> list && list.isEmpty() ? null : value;
  }
}
