package vn.khaosat.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StorableNameTest {

  @Test
  void aUserNameFitsTheAuthorColumnsAndIsPrintable() {
    assertEquals("thu.ky@665", CurrentUser.storable("thu.ky@665"));
    assertTrue(CurrentUser.storable("a".repeat(5000)).length() <= CurrentUser.MAX_NAME);
    assertEquals("a\uFFFDb", CurrentUser.storable("a\u0000b"));
    assertEquals("", CurrentUser.storable(null));
  }
}
