package vn.khaosat.survey.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CadreInfoTest {

  private final CadreInfo cadre =
      new CadreInfo(
          1,
          "Phan Văn Hợp",
          "665",
          List.of(
              new CadreInfo.Post("Bí thư Huyện ủy", LocalDate.of(2018, 3, 1)),
              new CadreInfo.Post("Phó Bí thư Huyện ủy", LocalDate.of(2015, 10, 1))),
          3);

  @Test
  void theTitleIsThePostHeldThatDay() {
    assertEquals("Bí thư Huyện ủy", cadre.titleOn(LocalDate.of(2019, 11, 28)));
    assertEquals("Bí thư Huyện ủy", cadre.titleOn(LocalDate.of(2018, 3, 1)));
    assertEquals("Phó Bí thư Huyện ủy", cadre.titleOn(LocalDate.of(2018, 2, 28)));
    assertNull(cadre.titleOn(LocalDate.of(2010, 1, 1)));
    assertNull(new CadreInfo(2, "Khách", null, null, 0).titleOn(LocalDate.of(2019, 1, 1)));
  }
}
