package vn.khaosat.cadre.api;

import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * {@code inSuccessionPlan} may be left out, as clients did before JSON became strict: it means
 * false, the documented default. Given, it must be a JSON boolean.
 */
@QuarkusTest
class SuccessionPlanFlagTest {

  @Test
  void leftOutOrNullItIsFalse() {
    String unit = Api.unit();
    var body = Api.cadre("Nguyễn Văn Quy", "MALE", "1968-06-15", unit);
    body.remove("inSuccessionPlan");
    long left = Api.createCadre(body);
    Api.admin().get("/api/cadres/" + left).then().body("inSuccessionPlan", is(false));
    body.put("inSuccessionPlan", null);
    long none = Api.createCadre(body);
    Api.admin().get("/api/cadres/" + none).then().body("inSuccessionPlan", is(false));
    Api.admin()
        .get("/api/cadres?unit=" + unit + "&inSuccessionPlan=false")
        .then()
        .body("totalItems", is(2));
  }

  @Test
  void givenItMustBeABoolean() {
    String unit = Api.unit();
    var body = Api.cadre("Nguyễn Văn Quy", "MALE", "1968-06-15", unit);
    for (Object flag : new Object[] {"true", 1, "yes"}) {
      body.put("inSuccessionPlan", flag);
      Api.admin()
          .body(body)
          .post("/api/cadres")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("violations[0].field", is("inSuccessionPlan"))
          .body("violations[0].in", is("body"));
    }
    body.put("inSuccessionPlan", true);
    long id = Api.createCadre(body);
    Api.admin().get("/api/cadres/" + id).then().body("inSuccessionPlan", is(true));
  }
}
