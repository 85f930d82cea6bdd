package vn.khaosat.cadre.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RuleSetResourceTest {

  @Test
  void theSeededSetHoldsEveryRuleOfDirective35WithParametersAndSource() {
    Api.viewer()
        .get("/api/rule-sets/CT35-2019")
        .then()
        .statusCode(200)
        .body("effectiveFrom", is("2019-05-30"))
        .body(
            "rules.kind",
            contains(
                "AGE",
                "DISCIPLINE",
                "THEORY_LEVEL",
                "ASSET_DECLARATION",
                "SUCCESSION_PLAN",
                "SECRETARY_TERM_LIMIT",
                "WOMEN_SHARE",
                "WOMEN_ON_STANDING_COMMITTEE",
                "YOUTH_SHARE",
                "AGE_BAND_SHARE",
                "SLATE_SIZE",
                "ETHNIC_MINORITY_SHARE"))
        .body("rules[0].parameters.minMonthsFirstTime", is("60"))
        .body("rules[0].parameters.minMonthsReElection", is("30"))
        .body("rules[0].parameters.retirementAgeMale", is("60"))
        .body("rules[0].parameters.retirementAgeFemale", is("55"))
        .body("rules[0].severity", is("FAIL"))
        .body("rules[0].source", containsString("26-HD/BTCTW"));
    Api.viewer()
        .get("/api/rule-sets")
        .then()
        .statusCode(200)
        .body("items.code", hasItem("CT35-2019"));
    Api.viewer().get("/api/rule-sets/NO-SUCH-SET").then().statusCode(404);
  }

  @Test
  void anAdminAddsAVersionWithTheLabourCodeRoadmapWithoutACodeChange() {
    String code = "LC2019-" + System.nanoTime() % 100000;
    Api.admin()
        .body(set(code, ageRule(Map.of("retirementRoadmapMale", "2021:60y3m:3:62y"))))
        .post("/api/rule-sets")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/rule-sets/" + code))
        .body("createdBy", is("admin"))
        .body("supersedesCode", is("CT35-2019"))
        .body("rules[0].parameters.retirementRoadmapMale", is("2021:60y3m:3:62y"));
    Api.admin().body(set(code, ageRule(Map.of()))).post("/api/rule-sets").then().statusCode(409);
  }

  @Test
  void aVersionCarriesItsReferenceMonthsPerLevel() {
    String code = "MONTHS-" + System.nanoTime() % 100000;
    var body = set(code, ageRule(Map.of()));
    body.put("referenceMonths", Map.of("PROVINCE", "2030-09", "COMMUNE_UNDER_PROVINCE", "2030-07"));
    Api.admin()
        .body(body)
        .post("/api/rule-sets")
        .then()
        .statusCode(201)
        .body("referenceMonths.PROVINCE", is("2030-09"))
        .body("referenceMonths.COMMUNE_UNDER_PROVINCE", is("2030-07"));
    Api.viewer()
        .get("/api/rule-sets/" + code)
        .then()
        .body("referenceMonths.size()", is(2))
        .body("referenceMonths.PROVINCE", is("2030-09"));

    for (Map<String, String> months :
        List.of(Map.of("HAMLET", "2030-04"), Map.of("PROVINCE", "2030-13"))) {
      var bad = set("BAD-" + System.nanoTime() % 100000, ageRule(Map.of()));
      bad.put("referenceMonths", months);
      Api.admin()
          .body(bad)
          .post("/api/rule-sets")
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void theApiDocumentNamesEveryRuleKindsParameters() {
    Map<String, Object> document =
        io.restassured.RestAssured.given()
            .accept("application/json")
            .get("/q/openapi?format=json")
            .as(Map.class);
    Map<String, Map<String, Object>> schemas =
        (Map) ((Map<String, Object>) document.get("components")).get("schemas");
    for (String schema : List.of("RuleRequest", "RuleDefinition")) {
      Map<String, Map<String, Object>> properties = (Map) schemas.get(schema).get("properties");
      String description = (String) properties.get("parameters").get("description");
      for (String name :
          List.of(
              "retirementRoadmapMale",
              "retirementRoadmapFemale",
              "minMonthsReElection",
              "maxPercentOfPrevious",
              "maxAgeExclusive",
              "majorityEthnicity",
              "`2021:55y4m:4:60y`")) {
        org.hamcrest.MatcherAssert.assertThat(schema, description, containsString(name));
      }
    }
  }

  @Test
  void onlyAdminsAddRuleSets() {
    Api.as("organizer")
        .body(set("X-" + System.nanoTime() % 100000, ageRule(Map.of())))
        .post("/api/rule-sets")
        .then()
        .statusCode(403);
  }

  @Test
  void eachRuleIsCheckedAgainstItsKind() {
    var withoutReElection = new HashMap<String, String>();
    withoutReElection.put("minMonthsReElection", null);
    refused(ageRule(withoutReElection), "rules[0].parameters.minMonthsReElection");

    // a misspelt name must not pass silently beside the right one
    refused(ageRule(Map.of("minMonthsFirstTim", "48")), "rules[0].parameters.minMonthsFirstTim");
    refused(ageRule(Map.of("retirementAgeMale", "sixty")), "rules[0].parameters.retirementAgeMale");

    var unknownKind = new HashMap<>(ageRule(Map.of()));
    unknownKind.put("kind", "HOROSCOPE");
    Api.admin()
        .body(set("BAD-KIND", unknownKind))
        .post("/api/rule-sets")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");

    Api.admin()
        .body(
            Map.of(
                "code", "TWICE",
                "name", "Hai lần",
                "rules", List.of(ageRule(Map.of()), ageRule(Map.of()))))
        .post("/api/rule-sets")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("rules[1]"));

    var superseding = set("SUP-UNKNOWN", ageRule(Map.of()));
    superseding.put("supersedesCode", "NOPE");
    Api.admin()
        .body(superseding)
        .post("/api/rule-sets")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("supersedesCode"));
    Api.admin()
        .body(Map.of("code", "EMPTY", "name", "Trống", "rules", List.of()))
        .post("/api/rule-sets")
        .then()
        .statusCode(400);
    Api.viewer().get("/api/rule-sets/BAD-KIND").then().statusCode(404);
  }

  private static void refused(Map<String, Object> rule, String field) {
    Api.admin()
        .body(set("BAD-" + System.nanoTime() % 100000, rule))
        .post("/api/rule-sets")
        .then()
        .statusCode(400)
        .body("violations[0].field", is(field));
  }

  static Map<String, Object> set(String code, Map<String, Object> rule) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("name", "Bộ quy tắc thử " + code);
    body.put("supersedesCode", "CT35-2019");
    body.put("rules", List.of(rule));
    return body;
  }

  /** The AGE rule of CT35-2019, with {@code changes} applied (a null value removes one). */
  static Map<String, Object> ageRule(Map<String, String> changes) {
    Map<String, String> parameters = new HashMap<>();
    parameters.put("minMonthsFirstTime", "60");
    parameters.put("minMonthsReElection", "30");
    parameters.put("retirementAgeMale", "60");
    parameters.put("retirementAgeFemale", "55");
    changes.forEach(
        (name, value) -> {
          if (value == null) {
            parameters.remove(name);
          } else {
            parameters.put(name, value);
          }
        });
    return Map.of(
        "code", "AGE",
        "kind", "AGE",
        "severity", "FAIL",
        "parameters", parameters,
        "source", "Bộ luật Lao động 2019; Nghị định 135/2020/NĐ-CP");
  }
}
