package vn.khaosat.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void acceptLanguagePicksEnglishOrVietnameseAndDefaultsToVietnamese() {
    assertEquals(Locale.ENGLISH, Messages.fromAcceptLanguage("en-US,en;q=0.9"));
    assertEquals(Messages.VIETNAMESE, Messages.fromAcceptLanguage("vi"));
    assertEquals(Messages.VIETNAMESE, Messages.fromAcceptLanguage("fr"));
    assertEquals(Messages.VIETNAMESE, Messages.fromAcceptLanguage(null));
    assertEquals(Messages.VIETNAMESE, Messages.fromAcceptLanguage(";;q=nonsense"));
    assertEquals(Locale.ENGLISH, Messages.fromAcceptLanguage("fr;q=1, en;q=0.5"));
  }

  @Test
  void titlesAndDetailsComeInBothLanguages() {
    assertEquals("Không tìm thấy", Messages.title(404, Messages.VIETNAMESE));
    assertEquals("Not Found", Messages.title(404, Locale.ENGLISH));
    assertEquals("Error", Messages.title(599, Locale.ENGLISH));
  }

  @Test
  void yearsAreNotGivenAThousandsSeparator() {
    assertEquals(
        "Tài khoản không được ghi dữ liệu cho đơn vị 2019.",
        Messages.format(Messages.VIETNAMESE, "problem.forbiddenUnit", 2019));
  }

  @Test
  void anUnknownKeyIsShownAsItself() {
    assertEquals("no.such.key", Messages.format(Locale.ENGLISH, "no.such.key"));
  }

  @Test
  void aProblemRendersItsDetailInTheAskedLanguage() {
    ApiProblem problem = ApiProblem.forbidden("problem.forbiddenUnit", "665");
    assertEquals(403, problem.getStatusCode());
    assertEquals("The account may not write data for unit 665.", problem.detail(Locale.ENGLISH));
    assertEquals("urn:khaosat:problem:forbidden", problem.getType().toString());
  }
}
