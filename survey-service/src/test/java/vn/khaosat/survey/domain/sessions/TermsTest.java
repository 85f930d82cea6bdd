package vn.khaosat.survey.domain.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TermsTest {

  @Test
  void aTermIsOneToTenYears() {
    assertTrue(Terms.valid("2015-2020"));
    assertTrue(Terms.valid("2020-2021"));
    assertTrue(Terms.valid("2020-2030"));
    assertFalse(Terms.valid("2020-2020"));
    assertFalse(Terms.valid("2020-2031"));
    assertFalse(Terms.valid("2020-2015"));
    assertFalse(Terms.valid("2015–2020"));
    assertFalse(Terms.valid("15-20"));
    assertFalse(Terms.valid(null));
    assertEquals(2015, Terms.startYear("2015-2020"));
    assertEquals(2020, Terms.endYear("2015-2020"));
  }

  @Test
  void thePlannedTermBeginsWhenTheReviewedOneEnds() {
    assertTrue(Terms.follows("2020-2025", "2015-2020"));
    assertFalse(Terms.follows("2021-2026", "2015-2020"));
    assertFalse(Terms.follows("2015-2020", "2015-2020"));
  }
}
