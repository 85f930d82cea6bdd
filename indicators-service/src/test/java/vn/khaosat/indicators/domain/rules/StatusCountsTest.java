package vn.khaosat.indicators.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.khaosat.indicators.domain.rules.Fixtures.*;
import static vn.khaosat.indicators.domain.rules.TargetStatus.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorecard tally phrase. */
class StatusCountsTest {

  private static List<TargetStatus> scorecard() {
    List<TargetStatus> list = new ArrayList<>();
    list.addAll(Collections.nCopies(3, NOT_MET));
    list.addAll(Collections.nCopies(13, EXCEEDED));
    list.addAll(Collections.nCopies(10, MET));
    return list;
  }

  @Test
  void phraseInVietnameseAndEnglishOmitsZeroCounts() {
    StatusCounts counts = StatusCounts.of(scorecard());
    assertEquals("13/26 vượt, 10/26 đạt, 3/26 không đạt", counts.phrase(VI));
    assertEquals("13/26 exceeded, 10/26 met, 3/26 not met", counts.phrase(EN));
    assertEquals(26, counts.total());
    assertEquals(13, counts.count(EXCEEDED));
    assertEquals(0, counts.count(NO_DATA));
    assertEquals(3, counts.counts().size());
  }

  @Test
  void everyStatusInOrder() {
    StatusCounts counts = StatusCounts.of(List.of(NO_DATA, NOT_YET_MET, MET, EXCEEDED, NOT_MET));
    assertEquals(
        "1/5 vượt, 1/5 đạt, 1/5 chưa đạt, 1/5 không đạt, 1/5 chưa có số liệu", counts.phrase(VI));
    assertEquals("", StatusCounts.of(List.of()).phrase(EN));
  }
}
