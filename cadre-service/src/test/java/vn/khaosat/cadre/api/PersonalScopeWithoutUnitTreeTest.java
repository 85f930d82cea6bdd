package vn.khaosat.cadre.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * indicators-service cannot tell a unit's ancestors ({@code TREEDOWN…} units): no read fails with a
 * 500 and none shows more than the units named in the token allow. A view with a summary falls back
 * to it; what is personal as a whole answers 503; an admin and the unit's own readers go on.
 */
@QuarkusTest
class PersonalScopeWithoutUnitTreeTest {

  @Inject CircuitBreakerMaintenance circuitBreakers;

  @BeforeEach
  @AfterEach
  void closeTheCircuits() {
    circuitBreakers.resetAll();
  }

  @Test
  void aProvinceReaderGetsTheSummaryOrA503AndTheUnitsOwnReaderEverything() {
    String unit = "TREEDOWN" + Api.unit();
    String ethnicity = "Mạ " + Long.toString(System.nanoTime() % 1_000_000, 36);
    var body = Api.cadre("Điểu Thị Mây", "FEMALE", "1969-11", unit);
    body.put("ethnicity", ethnicity);
    long id = Api.createCadre(body);
    Api.admin()
        .body(Map.of("form", "WARNING", "decidedOn", "2012-05-06"))
        .post("/api/cadres/" + id + "/disciplines")
        .then()
        .statusCode(201);
    long committee = Api.createCommittee(unit, "2015-2020", List.of());
    long plan =
        Api.createPlan(Api.plan(committee, "2020-06", List.of(Api.candidate(id, "MEMBER"))));
    Api.admin().post("/api/personnel-plans/" + plan + "/submit").then().statusCode(200);
    Api.admin().post("/api/personnel-plans/" + plan + "/vetting").then().statusCode(200);

    Supplier<RequestSpecification> province = () -> Api.as("inspector", "67");
    province
        .get()
        .get("/api/cadres/" + id)
        .then()
        .statusCode(200)
        .body("fullName", is("Điểu Thị Mây"))
        .body("personal", nullValue());
    province
        .get()
        .get("/api/cadres/" + id + "/history")
        .then()
        .statusCode(200)
        .body("items[0].changes[0].withheld", is(true))
        .body(not(containsString("1969-11")));
    province
        .get()
        .get("/api/cadres?ethnicity=" + ethnicity)
        .then()
        .statusCode(200)
        .body("totalItems", is(0));
    for (String path :
        List.of(
            "/api/cadres/" + id + "/disciplines", "/api/personnel-plans/" + plan + "/vetting")) {
      province
          .get()
          .header("Accept-Language", "en")
          .get(path)
          .then()
          .statusCode(503)
          .contentType("application/problem+json")
          .body("detail", containsString("indicators-service"))
          .body(not(containsString("WARNING")));
    }
    // a write still needs the tree: refused, nothing saved
    Api.as("organizer", "67").body(body).put("/api/cadres/" + id).then().statusCode(503);

    List<Supplier<RequestSpecification>> readers =
        List.of(() -> Api.as("inspector", unit), Api::admin);
    for (var reader : readers) {
      reader.get().get("/api/cadres/" + id).then().body("personal.dateOfBirth", is("1969-11"));
      reader.get().get("/api/cadres/" + id + "/disciplines").then().statusCode(200);
      reader.get().get("/api/personnel-plans/" + plan + "/vetting").then().statusCode(200);
      reader.get().get("/api/cadres?ethnicity=" + ethnicity).then().body("totalItems", is(1));
    }
  }
}
