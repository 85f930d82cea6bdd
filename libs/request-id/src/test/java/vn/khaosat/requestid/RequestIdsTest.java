package vn.khaosat.requestid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

  @Test
  void aWellFormedIdIsKept() {
    assertEquals("abc-123_x.y:z", RequestIds.acceptOrCreate("abc-123_x.y:z"));
  }

  @Test
  void aMissingOrUnsafeIdIsReplaced() {
    String made = RequestIds.acceptOrCreate(null);
    assertTrue(made.matches("[0-9a-f-]{36}"), made);
    assertNotEquals("a\nb", RequestIds.acceptOrCreate("a\nb"));
    assertNotEquals("x".repeat(129), RequestIds.acceptOrCreate("x".repeat(129)));
  }
}
