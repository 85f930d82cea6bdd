package vn.khaosat.cadre.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A rule's parameters are a map of text to text, bounded like every other input: at most 20, each
 * name a letter then letters or digits (40 at most), each value 200 characters at most. A rule set
 * refused for them is not stored.
 */
@QuarkusTest
class RuleParameterInputTest {

  private static void refused(Map<String, String> parameters, String field, String detail) {
    String code = "PARAM-" + Long.toString(System.nanoTime(), 36);
    var rule = new HashMap<>(RuleSetResourceTest.ageRule(Map.of()));
    rule.put("parameters", parameters);
    Api.admin()
        .body(RuleSetResourceTest.set(code, rule))
        .post("/api/rule-sets")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", startsWith(field))
        .body("violations[0].in", is("body"))
        .body("detail", containsString(detail));
    Api.viewer().get("/api/rule-sets/" + code).then().statusCode(404);
  }

  private static Map<String, String> ageParameters(String name, String value) {
    Map<String, String> parameters = new HashMap<>();
    parameters.put("minMonthsFirstTime", "60");
    parameters.put("minMonthsReElection", "30");
    parameters.put("retirementAgeMale", "60");
    parameters.put("retirementAgeFemale", "55");
    parameters.put(name, value);
    return parameters;
  }

  @Test
  void aNameOutOfFormIsRefused() {
    refused(ageParameters("min months", "60"), "rules[0].parameters", "rules[0].parameters");
    refused(ageParameters("1stTime", "60"), "rules[0].parameters", "rules[0].parameters");
    refused(ageParameters("a".repeat(41), "60"), "rules[0].parameters", "rules[0].parameters");
    refused(ageParameters("", "60"), "rules[0].parameters", "rules[0].parameters");
  }

  @Test
  void aNameWithANulIsRefusedAsText() {
    refused(ageParameters("min\u0000Months", "60"), "rules[0].parameters", "NUL");
  }

  @Test
  void aValueTooLongIsRefused() {
    refused(
        ageParameters("retirementAgeMale", "6".repeat(201)),
        "rules[0].parameters",
        "rules[0].parameters");
  }

  @Test
  void moreThanTwentyParametersAreRefused() {
    Map<String, String> parameters = ageParameters("minMonthsFirstTime", "60");
    for (int i = 0; i < 17; i++) {
      parameters.put("extra" + i, "1");
    }
    refused(parameters, "rules[0].parameters", "rules[0].parameters");
  }
}
