package vn.khaosat.suite;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.khaosat.testing.jwt.TestTokens;

/**
 * The 2025-2030 round across the services: a commune created on 1 July 2025 under Lâm Đồng names
 * Đắk Song as its predecessor, its plan is vetted under CT45-2025 at the commune's month (07/2025,
 * none given), and its survey dossier carries Đắk Song's scorecard. The commune is illustrative.
 */
final class TwoLevelStory {

  private static final String COMMUNE = "E2E-XA";

  private TwoLevelStory() {}

  private static RequestSpecification admin(String gateway) {
    return given()
        .baseUri(gateway)
        .header("Authorization", TestTokens.bearer("e2e-admin", Set.of("admin")))
        .contentType("application/json");
  }

  static void run(String gateway) {
    admin(gateway)
        .body(
            Map.of(
                "code", COMMUNE,
                "name", "Xã mới (minh họa)",
                "level", "COMMUNE",
                "parentCode", "68",
                "validFrom", "2025-07-01",
                "predecessorCodes", List.of("665")))
        .post("/api/units")
        .then()
        .statusCode(201);
    admin(gateway)
        .get("/api/units/" + COMMUNE + "/predecessors")
        .then()
        .statusCode(200)
        .body("code", contains("665"));

    long man = cadre(gateway, "Võ Văn Xã", "MALE", "1968-07");
    long woman = cadre(gateway, "Võ Thị Xã", "FEMALE", "1972-02");
    long committee =
        admin(gateway)
            .body(Map.of("unitCode", COMMUNE, "termCode", "2020-2025", "members", List.of()))
            .post("/api/committees")
            .then()
            .statusCode(201)
            .body("level", is("COMMUNE_UNDER_PROVINCE"))
            .extract()
            .jsonPath()
            .getLong("id");
    long plan =
        admin(gateway)
            .body(
                Map.of(
                    "committeeId",
                    committee,
                    "ruleSetCode",
                    "CT45-2025",
                    "candidates",
                    List.of(
                        Map.of("cadreId", man, "proposedRole", "MEMBER"),
                        Map.of("cadreId", woman, "proposedRole", "MEMBER"))))
            .post("/api/personnel-plans")
            .then()
            .statusCode(201)
            .body("termCode", is("2025-2030"))
            .body("referenceMonth", is("2025-07"))
            .extract()
            .jsonPath()
            .getLong("id");
    admin(gateway).post("/api/personnel-plans/" + plan + "/submit").then().statusCode(200);
    admin(gateway)
        .post("/api/personnel-plans/" + plan + "/vetting")
        .then()
        .statusCode(200)
        // first time: 1968-07 + 62y = 2030-07, 60 months; 1972-02 + 58y4m = 2030-06, 59
        .body(
            "candidates.collect { it.findings.find { f -> f.kind == 'AGE' }.figures.monthsLeft }",
            contains(60, 59))
        .body("slate.find { it.kind == 'SLATE_SIZE' }.outcome", is("NOT_APPLICABLE"));

    long session =
        admin(gateway)
            .body(session())
            .post("/api/surveys")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    admin(gateway)
        .post("/api/surveys/" + session + "/dossier")
        .then()
        .statusCode(201)
        .body("complete", is(true))
        .body("predecessorScorecards.unitCode", contains("665"))
        .body("predecessorScorecards[0].termCode", is("2020-2025"))
        .body("vetting.planId", is((int) plan));
  }

  private static Map<String, Object> session() {
    Map<String, Object> body = new HashMap<>();
    body.put("title", "Khảo sát chuẩn bị Đại hội Đảng bộ xã nhiệm kỳ 2025-2030 (minh họa)");
    body.put("superiorBody", "Tỉnh ủy Lâm Đồng");
    body.put("leadingBody", "Tiểu ban Nhân sự Đại hội Đảng bộ tỉnh");
    body.put("hostUnitCode", COMMUNE);
    body.put("hostBody", "Ban Thường vụ Đảng ủy xã");
    body.put("startsAt", "2025-07-10T08:00:00+07:00");
    body.put("place", "Hội trường Đảng ủy xã");
    body.put("purpose", "Khảo sát kết quả nhiệm kỳ 2020-2025 của các đơn vị tiền thân");
    body.put("reviewedTerm", "2020-2025");
    body.put("plannedTerm", "2025-2030");
    body.put("minutesNumber", "01-BB/TBNS");
    return body;
  }

  private static long cadre(String gateway, String name, String gender, String born) {
    Map<String, Object> body = new HashMap<>();
    body.put("fullName", name);
    body.put("gender", gender);
    body.put("dateOfBirth", born);
    body.put("ethnicity", "Kinh");
    body.put("unitCode", COMMUNE);
    body.put("theoryLevel", "ADVANCED");
    body.put("inSuccessionPlan", true);
    body.put("assetDeclarationYears", List.of(2024));
    return admin(gateway)
        .body(body)
        .post("/api/cadres")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }
}
