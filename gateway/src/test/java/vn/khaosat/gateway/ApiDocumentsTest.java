package vn.khaosat.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiDocumentsTest {

  @Test
  void theMergedDocumentHoldsEveryServiceThatAnswersAndNamesTheOthers() {
    given()
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("servers[0].url", is("/"))
        .body("paths", hasKey("/api/units"))
        .body("paths", hasKey("/api/cadres"))
        // services in alphabetical order; a tag or schema named twice keeps the first
        .body("tags.name", org.hamcrest.Matchers.contains("Cadres", "Units"))
        .body("components.schemas", hasKey("Cadre"))
        .body("components.schemas.Page.description", is("cadre's"))
        .body("components.securitySchemes", hasKey("bearer"))
        .body("info.description", containsString("Not available now: survey-service"));
  }

  @Test
  void theGatewayDocumentsWhatItAddsToEveryAnswer() {
    String units = "paths.'/api/units'.get.responses.";
    given()
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("servers[0].x-internal", is(false))
        .body("servers[0].description", containsString("production"))
        .body(units + "'200'.headers", hasKey("RateLimit-Limit"))
        .body(units + "'200'.headers", hasKey("RateLimit-Remaining"))
        .body(units + "'400'.headers", hasKey("RateLimit-Reset"))
        .body(units + "'429'.headers", hasKey("Retry-After"))
        .body(units + "'429'.content", hasKey("application/problem+json"))
        .body(units + "'503'.description", containsString("cannot be reached"))
        .body("components.headers.'RateLimit-Limit'.schema.maximum", is(86400000));
  }

  @Test
  void theGatewaysOwnAnswersAreExampledAsItGivesThemNamingTheServiceBehindThePath() {
    String problem = "'application/problem+json'.example.";
    String units = "paths.'/api/units'.get.responses.";
    for (String document : new String[] {"/q/openapi", "/q/openapi/indicators-service"}) {
      given()
          .get(document)
          .then()
          .statusCode(200)
          .body(
              units + "'503'.content." + problem + "type",
              is("urn:khaosat:problem:service-unavailable"))
          .body(
              units + "'503'.content." + problem + "detail",
              is(
                  "indicators-service tạm thời không sẵn sàng; các dịch vụ khác vẫn hoạt động. Hãy thử"
                      + " lại sau."))
          .body(
              units + "'504'.content." + problem + "detail",
              is("indicators-service không trả lời kịp."))
          .body(
              units + "'429'.content." + problem + "type",
              is("urn:khaosat:problem:too-many-requests"))
          .body(units + "'429'.content." + problem + "title", is("Quá nhiều yêu cầu"));
    }
  }

  @Test
  void eachServicesDocumentIsServedFromTheGatewaysOrigin() {
    given()
        .get("/q/openapi/indicators-service")
        .then()
        .statusCode(200)
        .body("servers[0].url", is("/"))
        .body("paths", hasKey("/api/units"))
        .body("paths", not(hasKey("/api/cadres")));
    given()
        .get("/q/openapi/survey-service")
        .then()
        .statusCode(503)
        .contentType("application/problem+json");
    given()
        .get("/q/openapi/horoscope-service")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void swaggerUiListsTheMergedDocumentAndEachService() {
    given()
        .get("/q/swagger-ui/")
        .then()
        .statusCode(200)
        .body(containsString("/q/openapi/cadre-service"))
        .body(containsString("/q/openapi/indicators-service"));
  }
}
