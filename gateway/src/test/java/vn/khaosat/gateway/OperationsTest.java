package vn.khaosat.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.khaosat.testing.jwt.TestTokens;

@QuarkusTest
class OperationsTest {

  @Test
  void readinessReportsEachBackendAndStaysUpWhileOneAnswers() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", is("UP"))
        .body("checks.find { it.name == 'backends' }.data.'indicators-service'", is("UP"))
        .body("checks.find { it.name == 'backends' }.data.'cadre-service'", is("UP"))
        .body("checks.find { it.name == 'backends' }.data.'survey-service'", startsWith("DOWN"));
  }

  @Test
  void metricsCountRequestsPerRouteAndStatus() {
    given()
        .header("Authorization", TestTokens.bearer("metrics", Set.of("viewer")))
        .get("/api/terms/2015-2020")
        .then()
        .statusCode(200);
    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(
            containsString(
                "gateway_requests_seconds_count{route=\"terms\",service=\"indicators-service\",status=\"200\"}"))
        // one series per route, not one per path
        .body(not(containsString("2015-2020")));
  }
}
