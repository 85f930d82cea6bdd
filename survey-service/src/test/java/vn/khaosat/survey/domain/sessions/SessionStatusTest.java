package vn.khaosat.survey.domain.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SessionStatusTest {

  @Test
  void eachStatusMovesOnlyToTheNext() {
    assertEquals(SessionStatus.HELD, SessionStatus.PLANNED.next());
    assertEquals(SessionStatus.CONCLUDED, SessionStatus.HELD.next());
    assertEquals(SessionStatus.SIGNED, SessionStatus.CONCLUDED.next());
    assertNull(SessionStatus.SIGNED.next());
    for (SessionStatus from : SessionStatus.values()) {
      for (SessionStatus to : SessionStatus.values()) {
        assertEquals(to == from.next(), from.mayMoveTo(to), from + " → " + to);
      }
    }
    assertFalse(SessionStatus.PLANNED.mayMoveTo(null));
  }

  @Test
  void onlySignedMinutesAreFrozen() {
    assertTrue(SessionStatus.PLANNED.editable());
    assertTrue(SessionStatus.HELD.editable());
    assertTrue(SessionStatus.CONCLUDED.editable());
    assertFalse(SessionStatus.SIGNED.editable());
  }
}
