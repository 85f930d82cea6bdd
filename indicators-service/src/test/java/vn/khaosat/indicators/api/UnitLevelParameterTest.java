package vn.khaosat.indicators.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * {@code level} of {@code GET /api/units} is typed as the enum (issue 10: a String parsed later):
 * the document lists its values and an unknown one is refused before the service runs.
 */
@QuarkusTest
class UnitLevelParameterTest {

  @Test
  void aKnownLevelFilters() {
    Api.viewer()
        .get("/api/units?level=DISTRICT&parent=67")
        .then()
        .statusCode(200)
        .body("totalItems", is(8))
        .body("items.level", everyItem(is("DISTRICT")));
  }

  @Test
  void anUnknownLevelIs400ListingTheLevels() {
    Api.viewer()
        .get("/api/units?level=CITY")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("PROVINCE, DISTRICT, COMMUNE"))
        .body("violations[0].field", is("level"))
        .body("violations[0].in", is("query"));
  }

  /** Constants are written as the document lists them; "district" was accepted before. */
  @Test
  void aLevelInLowerCaseIs400() {
    Api.viewer()
        .get("/api/units?level=district")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("level"));
  }

  @Test
  void theDocumentListsTheLevels() {
    String document = given().accept("application/json").get("/q/openapi?format=json").asString();
    var parameters =
        io.restassured.path.json.JsonPath.from(document)
            .getList("paths.'/api/units'.get.parameters.findAll { it.name == 'level' }.schema");
    org.junit.jupiter.api.Assertions.assertEquals(1, parameters.size());
    String ref = String.valueOf(((java.util.Map<?, ?>) parameters.get(0)).get("$ref"));
    org.junit.jupiter.api.Assertions.assertEquals(
        java.util.List.of("PROVINCE", "DISTRICT", "COMMUNE"),
        io.restassured.path.json.JsonPath.from(document)
            .getList("components.schemas." + ref.substring(ref.lastIndexOf('/') + 1) + ".enum"));
  }
}
