package vn.khaosat.caching;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.khaosat.problem.ApiProblem;

class EntityTagsTest {

  @Test
  void anAbsentOrWildcardIfMatchPasses() {
    assertDoesNotThrow(() -> EntityTags.checkIfMatch(null, 3));
    assertDoesNotThrow(() -> EntityTags.checkIfMatch("*", 3));
  }

  @Test
  void theCurrentVersionPassesInAnyOfItsForms() {
    assertDoesNotThrow(() -> EntityTags.checkIfMatch("\"3\"", 3));
    assertDoesNotThrow(() -> EntityTags.checkIfMatch("W/\"3\"", 3));
    assertDoesNotThrow(() -> EntityTags.checkIfMatch("\"1\", \"3\"", 3));
  }

  @Test
  void aDatedTagNamesItsDayAndIfMatchComparesItsVersionAlone() {
    String tag = EntityTags.valueOn(3, LocalDate.of(2026, 12, 3));
    assertEquals("3@2026-12-03", tag);
    assertDoesNotThrow(() -> EntityTags.checkIfMatch("\"" + tag + "\"", 3));
    assertDoesNotThrow(() -> EntityTags.checkIfMatch("\"3@2026-12-02\"", 3));
    ApiProblem stale =
        assertThrows(ApiProblem.class, () -> EntityTags.checkIfMatch("\"2@2026-12-03\"", 3));
    assertEquals(412, stale.getStatusCode());
    ApiProblem garbage =
        assertThrows(ApiProblem.class, () -> EntityTags.checkIfMatch("\"@2026-12-03\"", 3));
    assertEquals(400, garbage.getStatusCode());
  }

  @Test
  void aStaleVersionIs412AndGarbageIs400() {
    ApiProblem stale = assertThrows(ApiProblem.class, () -> EntityTags.checkIfMatch("\"2\"", 3));
    assertEquals(412, stale.getStatusCode());
    ApiProblem garbage =
        assertThrows(ApiProblem.class, () -> EntityTags.checkIfMatch("\"abc\"", 3));
    assertEquals(400, garbage.getStatusCode());
  }

  @Test
  void ifNoneMatchComparesWeakly() {
    assertTrue(ConditionalGetFilter.matches("W/\"x\"", "\"x\""));
    assertTrue(ConditionalGetFilter.matches("\"a\", W/\"x\"", "W/\"x\""));
    assertTrue(ConditionalGetFilter.matches("*", "\"x\""));
    assertFalse(ConditionalGetFilter.matches("\"y\"", "\"x\""));
    assertFalse(ConditionalGetFilter.matches(null, "\"x\""));
  }
}
