package vn.khaosat.cadre.api;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A date of birth is text, {@code 1965-06-15}, {@code 1965-06} or {@code 1965}: any other form, and
 * hostile text, is a 400 that names {@code dateOfBirth}, and nothing is stored.
 */
@QuarkusTest
class BirthDateFormTest {

  static Stream<String> badForms() {
    return Stream.of(
        "1965-13",
        "1965-02-30",
        "1965-6",
        "65",
        "1965/06/15",
        "15-06-1965",
        " 1965",
        "1965-06-15T00:00",
        "١٩٦٥",
        "1965\u0000",
        "1965\ud800",
        "1965\u0007",
        "9".repeat(1000),
        "");
  }

  @ParameterizedTest
  @MethodSource("badForms")
  void aBadFormIsRefusedNamingTheField(String born) {
    String unit = Api.unit();
    Api.admin()
        .body(Api.cadre("Nguyễn Văn Sinh", "MALE", born, unit))
        .post("/api/cadres")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", is("dateOfBirth"))
        .body("violations[0].in", is("body"))
        .body("detail", anyOf(containsString("dateOfBirth"), containsString("Ngày sinh")));
    Api.admin().get("/api/cadres?unit=" + unit).then().body("totalItems", is(0));
  }

  @Test
  void aNumberOrAnObjectIsNotADateOfBirth() {
    String unit = Api.unit();
    for (Object born : new Object[] {1965, 19650615, true, java.util.Map.of("year", 1965)}) {
      var body = Api.cadre("Nguyễn Văn Sinh", "MALE", "1965", unit);
      body.put("dateOfBirth", born);
      Api.admin()
          .body(body)
          .post("/api/cadres")
          .then()
          .statusCode(400)
          .body("violations[0].field", is("dateOfBirth"));
    }
    Api.admin().get("/api/cadres?unit=" + unit).then().body("totalItems", is(0));
  }

  @Test
  void theThreeFormsAreKeptWithTheirPrecision() {
    String unit = Api.unit();
    for (String born : new String[] {"1965-06-15", "1965-06", "1965"}) {
      long id = Api.createCadre("Nguyễn Văn Sinh", "MALE", born, unit);
      Api.admin().get("/api/cadres/" + id).then().body("personal.dateOfBirth", is(born));
    }
  }
}
