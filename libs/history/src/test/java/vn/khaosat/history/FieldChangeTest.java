package vn.khaosat.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldChangeTest {

  @Test
  void onlyTheFieldsThatDifferAreChangesInTheOrderOfTheNewSnapshot() {
    Map<String, Object> before = new LinkedHashMap<>();
    before.put("title", "Báo cáo");
    before.put("deadline", "2020-03-31");
    before.put("role", "GUEST");
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("role", "HOST_MEMBER");
    after.put("title", "Báo cáo");
    after.put("deadline", "2020-06-30");
    assertEquals(
        List.of(
            new FieldChange("role", "GUEST", "HOST_MEMBER"),
            new FieldChange("deadline", "2020-03-31", "2020-06-30")),
        FieldChange.between(before, after));
  }

  @Test
  void aRecordAddedHasEveryValueItHoldsAsChangesFromNothing() {
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("fullName", "Hà Trung Ký");
    after.put("title", null);
    after.put("posts", List.of());
    after.put("position", 1);
    assertEquals(
        List.of(
            new FieldChange("fullName", null, "Hà Trung Ký"), new FieldChange("position", null, 1)),
        FieldChange.between(Map.of(), after));
  }

  @Test
  void aFieldTheNewSnapshotLacksIsChangedToNothing() {
    Map<String, Object> before = new HashMap<>();
    before.put("text", "Kinh tế tăng trưởng khá.");
    before.put("note", null);
    assertEquals(
        List.of(new FieldChange("text", "Kinh tế tăng trưởng khá.", null)),
        FieldChange.between(before, Map.of()));
  }

  @Test
  void anEmptyListAndNothingAreTheSame() {
    Map<String, Object> before = new HashMap<>();
    before.put("years", null);
    assertEquals(List.of(), FieldChange.between(before, Map.of("years", List.of())));
    assertEquals(
        List.of(new FieldChange("years", null, List.of(2019))),
        FieldChange.between(before, Map.of("years", List.of(2019))));
  }
}
