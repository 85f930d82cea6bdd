package vn.khaosat.cadre.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.khaosat.testing.support.ApiRequests;

/**
 * Requests as the roles of the suite ({@link ApiRequests}), and fixtures made through the API
 * itself.
 */
final class Api extends ApiRequests {

  private Api() {}

  /** A unit code no other test uses; indicators-service (WireMock) knows it as a district. */
  static String unit() {
    return "U" + next() + "x" + Long.toString(System.nanoTime() % 10000, 36);
  }

  static Map<String, Object> cadre(String name, String gender, String born, String unit) {
    Map<String, Object> body = new HashMap<>();
    body.put("fullName", name);
    body.put("gender", gender);
    body.put("dateOfBirth", born);
    body.put("ethnicity", "Kinh");
    body.put("religion", "Không");
    body.put("unitCode", unit);
    body.put("theoryLevel", "ADVANCED");
    body.put("inSuccessionPlan", true);
    body.put("assetDeclarationYears", List.of(2018, 2019));
    return body;
  }

  /** Creates a cadre as admin and returns its id. */
  static long createCadre(Map<String, Object> body) {
    return id(admin().body(body).post("/api/cadres").then().statusCode(201));
  }

  static long createCadre(String name, String gender, String born, String unit) {
    return createCadre(cadre(name, gender, born, unit));
  }

  /** Records a reprimand that bars nothing, as admin, and returns its id. */
  static long createDiscipline(long cadreId, String decidedOn) {
    return id(
        admin()
            .body(Map.of("form", "REPRIMAND", "decidedOn", decidedOn))
            .post("/api/cadres/" + cadreId + "/disciplines")
            .then()
            .statusCode(201));
  }

  static Map<String, Object> member(long cadreId, String role) {
    return Map.of("cadreId", cadreId, "role", role);
  }

  /** Creates a committee as admin and returns its id. */
  static long createCommittee(String unit, String term, List<Map<String, Object>> members) {
    return admin()
        .body(
            Map.of(
                "unitCode",
                unit,
                "termCode",
                term,
                "name",
                "Ban Chấp hành " + unit,
                "members",
                members))
        .post("/api/committees")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  static Map<String, Object> candidate(long cadreId, String role) {
    return Map.of("cadreId", cadreId, "proposedRole", role);
  }

  static Map<String, Object> plan(
      long committeeId, String month, List<Map<String, Object>> candidates) {
    Map<String, Object> body = new HashMap<>();
    body.put("committeeId", committeeId);
    body.put("ruleSetCode", "CT35-2019");
    body.put("referenceMonth", month);
    body.put("title", "Phương án nhân sự thử");
    body.put("candidates", candidates);
    return body;
  }

  /** Creates a plan as admin and returns its id. */
  static long createPlan(Map<String, Object> body) {
    return id(admin().body(body).post("/api/personnel-plans").then().statusCode(201));
  }
}
