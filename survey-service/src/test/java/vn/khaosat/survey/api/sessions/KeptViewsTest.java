package vn.khaosat.survey.api.sessions;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KeptViewsTest {

  private static final LocalDate DAY = LocalDate.of(2020, 3, 31);

  @Test
  void aViewIsServedOnTheDayItWasMadeFor() {
    KeptViews views = new KeptViews(1_000);
    KeptViews.View view = new KeptViews.View(new byte[100], 3, DAY);
    views.keep(7, view);
    assertSame(view, views.of(7, DAY));
    // a directive may be overdue the next day: the view is made again
    assertNull(views.of(7, DAY.plusDays(1)));
    assertNull(views.of(8, DAY));
  }

  @Test
  void theViewsKeptNeverExceedTheirBytes() {
    KeptViews views = new KeptViews(1_000);
    for (long id = 1; id <= 5; id++) {
      views.keep(id, new KeptViews.View(new byte[400], 1, DAY));
    }
    assertTrue(views.bytes() <= 1_000, views.bytes() + " bytes kept of at most 1,000");
    // a view larger than the whole budget is not kept at all
    views.keep(9, new KeptViews.View(new byte[2_000], 1, DAY));
    assertTrue(views.bytes() <= 1_000, views.bytes() + " bytes kept of at most 1,000");
  }
}
