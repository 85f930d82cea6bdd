package vn.khaosat.cadre.domain.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.khaosat.cadre.domain.plans.PlanStatus.APPROVED;
import static vn.khaosat.cadre.domain.plans.PlanStatus.DRAFT;
import static vn.khaosat.cadre.domain.plans.PlanStatus.SUBMITTED;
import static vn.khaosat.cadre.domain.plans.PlanStatus.VETTED;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The moves of a plan, as the enum holds them. */
class PlanStatusTest {

  @Test
  void aPlanMovesForwardOrBackToDraftAndStaysOnceApproved() {
    assertTrue(DRAFT.mayMoveTo(SUBMITTED));
    assertTrue(SUBMITTED.mayMoveTo(VETTED));
    assertTrue(VETTED.mayMoveTo(VETTED));
    assertTrue(VETTED.mayMoveTo(APPROVED));
    assertTrue(SUBMITTED.mayMoveTo(DRAFT));
    assertTrue(VETTED.mayMoveTo(DRAFT));
    assertFalse(DRAFT.mayMoveTo(VETTED));
    assertFalse(SUBMITTED.mayMoveTo(APPROVED));
    for (PlanStatus next : PlanStatus.values()) {
      assertFalse(APPROVED.mayMoveTo(next));
    }
  }

  @Test
  void theStatusesAStepComesFromAreThoseTheProblemNames() {
    assertEquals(EnumSet.of(DRAFT), PlanStatus.movingTo(SUBMITTED));
    assertEquals(EnumSet.of(SUBMITTED, VETTED), PlanStatus.movingTo(VETTED));
    assertEquals(EnumSet.of(SUBMITTED, VETTED), PlanStatus.movingTo(DRAFT));
    assertEquals(EnumSet.of(VETTED), PlanStatus.movingTo(APPROVED));
    assertTrue(DRAFT.editable());
    assertFalse(SUBMITTED.editable());
  }
}
