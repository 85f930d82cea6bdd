package vn.khaosat.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The types the document lists are the only ones a problem can carry. */
class ProblemTypesTest {

  @Test
  void aTypeTheListLacksIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> ApiProblem.typeUri("not-listed"));
    assertEquals(
        "urn:khaosat:problem:import-conflicts", ApiProblem.typeUri("import-conflicts").toString());
  }

  @Test
  void everyStatusTheFrameworkAnswersHasAListedType() {
    for (int status : new int[] {400, 401, 403, 404, 405, 406, 409, 412, 413, 414, 415, 422}) {
      assertEquals(status, ProblemTypes.of(ProblemTypes.slugOf(status)).status());
    }
    for (int status : new int[] {429, 431, 500, 502, 503, 504}) {
      assertEquals(status, ProblemTypes.of(ProblemTypes.slugOf(status)).status());
    }
  }

  @Test
  void eachTypeIsListedOnceWithWhatItMeans() {
    Set<String> slugs = new HashSet<>();
    for (ProblemTypes.Type type : ProblemTypes.all()) {
      assertTrue(slugs.add(type.slug()), type.slug());
      assertTrue(!type.meaning().isBlank() && type.status() >= 400, type.slug());
    }
  }
}
