package vn.khaosat.survey.domain.directives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class DirectiveStatusTest {

  @Test
  void openTasksMayGoAnywhereFinishedOnesOnlyBack() {
    assertEquals(EnumSet.allOf(DirectiveStatus.class), DirectiveStatus.OPEN.allowedNext());
    assertEquals(EnumSet.allOf(DirectiveStatus.class), DirectiveStatus.IN_PROGRESS.allowedNext());
    assertEquals(
        EnumSet.of(DirectiveStatus.DONE, DirectiveStatus.IN_PROGRESS),
        DirectiveStatus.DONE.allowedNext());
    assertEquals(
        EnumSet.of(DirectiveStatus.CANCELLED, DirectiveStatus.OPEN),
        DirectiveStatus.CANCELLED.allowedNext());
    assertFalse(DirectiveStatus.DONE.mayMoveTo(DirectiveStatus.CANCELLED));
    assertFalse(DirectiveStatus.CANCELLED.mayMoveTo(DirectiveStatus.DONE));
  }

  @Test
  void overdueMeansOpenAfterTheDeadline() {
    LocalDate today = LocalDate.of(2020, 4, 1);
    Directive d = new Directive();
    d.deadline = LocalDate.of(2020, 3, 31);
    d.status = DirectiveStatus.OPEN;
    assertTrue(d.overdueOn(today));
    d.status = DirectiveStatus.IN_PROGRESS;
    assertTrue(d.overdueOn(today));
    d.status = DirectiveStatus.DONE;
    assertFalse(d.overdueOn(today));
    d.status = DirectiveStatus.CANCELLED;
    assertFalse(d.overdueOn(today));
    d.status = DirectiveStatus.OPEN;
    assertFalse(d.overdueOn(d.deadline), "the deadline day itself is not late");
  }
}
