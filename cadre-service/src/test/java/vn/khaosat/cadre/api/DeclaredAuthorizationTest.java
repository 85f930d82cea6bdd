package vn.khaosat.cadre.api;

import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The roles and unit scope now declared on the operations (@RolesAllowed on the
 * resources, @PermissionsAllowed with their checkers on the services) answer the problems the
 * services answered when they checked them themselves, word for word.
 */
@QuarkusTest
class DeclaredAuthorizationTest {

  @Inject CircuitBreakerMaintenance circuitBreakers;

  @BeforeEach
  @AfterEach
  void closeTheCircuits() {
    circuitBreakers.resetAll();
  }

  @Test
  void aMissingRoleIsThe403NamingTheRolesOfTheOperation() {
    String unit = Api.unit();
    forbidden(
        Api.viewer().body(Api.cadre("Y Vinh", "MALE", "1970-01", unit)).post("/api/cadres"),
        "Thao tác này cần một trong các vai trò: organizer, admin.");
    forbidden(
        Api.as("organizer", unit).body(Map.of("code", "X1")).post("/api/rule-sets"),
        "Thao tác này cần một trong các vai trò: admin.");
    long id = Api.createCadre(Api.cadre("Y Vinh", "MALE", "1970-01", unit));
    forbidden(
        Api.viewer().get("/api/cadres/" + id + "/disciplines"),
        "Trường disciplines là thông tin cá nhân: chỉ các vai trò organizer, inspector, admin"
            + " được dùng.");
    forbidden(
        Api.viewer().header("Accept-Language", "en").get("/api/cadres/" + id + "/disciplines"),
        "disciplines is a personal field: only the roles organizer, inspector, admin may use it.");
  }

  @Test
  void aUnitOutsideTheCallersIsThe403NamingItAndAnUnreadableTreeThe503() {
    forbidden(
        Api.as("organizer", "664")
            .body(Api.cadre("Y Vinh", "MALE", "1970-01", "665"))
            .post("/api/cadres"),
        "Tài khoản không được ghi dữ liệu cho đơn vị 665.");
    String unit = "TREEDOWN" + Api.unit();
    Api.as("organizer", "67")
        .body(Map.of("unitCode", unit, "termCode", "2015-2020", "members", List.of()))
        .post("/api/committees")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .body(
            "detail",
            is(
                "Không kiểm tra được đơn vị hành chính hoặc nhiệm kỳ vì indicators-service không"
                    + " trả lời; chưa lưu gì. Hãy thử lại sau."));
    // the unit's own organizer needs no tree
    Api.as("organizer", unit)
        .body(Map.of("unitCode", unit, "termCode", "2015-2020", "members", List.of()))
        .post("/api/committees")
        .then()
        .statusCode(201);
  }

  @Test
  void anUnknownRecordIsStillA404ForWhoMayReadIt() {
    Api.admin()
        .get("/api/cadres/999999999/disciplines")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    Api.admin()
        .get("/api/personnel-plans/999999999/vetting")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  private static void forbidden(io.restassured.response.Response response, String detail) {
    response
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", is("urn:khaosat:problem:forbidden"))
        .body("detail", is(detail));
  }
}
