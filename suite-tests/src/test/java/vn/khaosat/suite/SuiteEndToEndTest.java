package vn.khaosat.suite;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.khaosat.local.soak.SoakReport;
import vn.khaosat.testing.jwt.TestTokens;

/**
 * The story of the seed report, driven through the gateway only, against the real jars and a real
 * PostgreSQL: Đắk Song's 2015-2020 target and figures, the scorecard, cadres, a committee and a
 * vetted personnel plan, the survey session of 28 November 2019 with its dossier, conclusion,
 * directives and signed minutes as PDF; the boundary fuzz test through the gateway; a minute of the
 * soak's mixed load (bench/soak.sh); then indicators-service stops and the rest keeps answering.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteEndToEndTest {

  private static RunningSuite suite;

  /** What the story made, for the steps after it. */
  private static long secretary;

  private static long plan;
  private static long session;
  private static long laterSession;
  private static long resolution;

  /** Every 2xx JSON answer of the story, checked against the merged document. */
  private static AnswerContract contract;

  @BeforeAll
  static void start() throws Exception {
    suite = RunningSuite.start();
    contract =
        new AnswerContract(
            given()
                .baseUri(suite.url("gateway"))
                .accept("application/json")
                .get("/q/openapi")
                .asString());
    RestAssured.filters(contract);
  }

  @AfterAll
  static void stop() {
    RestAssured.reset();
    if (suite != null) {
      suite.close();
    }
  }

  private static RequestSpecification admin() {
    return given()
        .baseUri(suite.url("gateway"))
        .header("Authorization", TestTokens.bearer("e2e-admin", Set.of("admin")))
        .contentType("application/json");
  }

  private static RequestSpecification as(String role, String... units) {
    return given()
        .baseUri(suite.url("gateway"))
        .header("Authorization", TestTokens.bearer("e2e-" + role, Set.of(role), units))
        .contentType("application/json");
  }

  @Test
  @Order(1)
  void theGatewayServesOneDocumentWithEveryServicesOperations() {
    given()
        .baseUri(suite.url("gateway"))
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("paths.keySet()", hasItem("/api/units/{code}"))
        .body("paths.keySet()", hasItem("/api/personnel-plans/{id}/vetting"))
        .body("paths.keySet()", hasItem("/api/surveys/{sessionId}/minutes"))
        .body("paths.keySet()", hasItem("/api/directives"));
  }

  @Test
  @Order(2)
  void the2025RoundOnACommuneThatSucceededDakSong() {
    TwoLevelStory.run(suite.url("gateway"));
  }

  /** Last: it stops indicators-service. */
  @Test
  @Order(3)
  void everyLocationPointsAtTheGatewayTheClientCalled() {
    String gateway = suite.url("gateway");
    String unit = "E2ELOC";
    String unitLocation =
        admin()
            .body(
                Map.of(
                    "code", unit,
                    "name", "Tỉnh thử đường dẫn",
                    "level", "PROVINCE",
                    "validFrom", "2000-01-01"))
            .post("/api/units")
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    org.junit.jupiter.api.Assertions.assertEquals(gateway + "/api/units/" + unit, unitLocation);
    given()
        .header("Authorization", TestTokens.bearer("e2e-viewer", Set.of("viewer")))
        .get(unitLocation)
        .then()
        .statusCode(200)
        .body("code", is(unit));
    String cadreLocation =
        admin()
            .body(
                Map.of(
                    "fullName", "Nguyễn Văn Đường Dẫn",
                    "gender", "MALE",
                    "dateOfBirth", "1975-03",
                    "ethnicity", "Kinh",
                    "unitCode", unit,
                    "inSuccessionPlan", false))
            .post("/api/cadres")
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    org.junit.jupiter.api.Assertions.assertTrue(
        cadreLocation.matches(java.util.regex.Pattern.quote(gateway) + "/api/cadres/\\d+"),
        cadreLocation);
  }

  @Test
  @Order(4)
  void theSeedReportsStoryThroughTheGatewayAndABackendThatStops() throws Exception {
    admin().get("/api/units/665").then().statusCode(200).body("name", is("Huyện Đắk Song"));

    // the resolution of the 2015-2020 congress and one of its targets
    admin().body(Map.of("code", "2015-2020")).post("/api/terms").then().statusCode(oneOf(201, 409));
    admin()
        .body(
            Map.of(
                "code", "E2E_INCOME",
                "name", "Thu nhập bình quân đầu người",
                "unitOfMeasure", "triệu đồng",
                "direction", "HIGHER_IS_BETTER",
                "priceBasis", "CURRENT",
                "decimals", 1))
        .post("/api/indicators")
        .then()
        .statusCode(201);
    resolution =
        admin()
            .body(
                Map.of(
                    "title", "Nghị quyết Đại hội Đảng bộ huyện Đắk Song lần thứ V",
                    "unitCode", "665",
                    "termCode", "2015-2020"))
            .post("/api/resolutions")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    admin()
        .body(
            Map.of(
                "resolutionId", resolution,
                "indicatorCode", "E2E_INCOME",
                "measure", "LEVEL",
                "comparator", "AT_LEAST",
                "value", 38))
        .post("/api/targets")
        .then()
        .statusCode(201);

    // the figures, imported as CSV through the gateway
    admin()
        .contentType("text/csv")
        .body(
            "INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS,SOURCE\n"
                + "E2E_INCOME,665,2015,25.0,OFFICIAL,Niên giám thống kê\n"
                + "E2E_INCOME,665,2019,41.5,ESTIMATE,Báo cáo tại buổi làm việc\n")
        .post("/api/observations/import?dryRun=false")
        .then()
        .statusCode(200)
        .body("committed", is(true))
        .body("imported", is(2));
    admin()
        .get("/api/scorecards?unit=665&term=2015-2020&year=2019")
        .then()
        .statusCode(200)
        .body("totalTargets", greaterThanOrEqualTo(1))
        .body("targets.status", hasItem("EXCEEDED"));

    // cadres, the sitting committee (its unit checked by cadre-service with indicators-service)
    secretary = cadre("Nguyễn Văn Bí", "MALE", "1966-03");
    long deputy = cadre("Trần Thị Phó", "FEMALE", "1972-08");
    long newcomer = cadre("Lê Văn Mới", "MALE", "1980-01");
    // personal fields within the reader's units, by indicators-service's tree: 665 is under 67
    as("organizer", "664").get("/api/cadres/" + secretary).then().body("personal", nullValue());
    as("inspector", "664").get("/api/cadres/" + secretary + "/disciplines").then().statusCode(403);
    as("organizer", "67")
        .get("/api/cadres/" + secretary)
        .then()
        .statusCode(200)
        .body("personal.dateOfBirth", is("1966-03"));
    long committee =
        admin()
            .body(
                Map.of(
                    "unitCode", "665",
                    "termCode", "2015-2020",
                    "members",
                        List.of(
                            Map.of("cadreId", secretary, "role", "SECRETARY"),
                            Map.of("cadreId", deputy, "role", "DEPUTY_SECRETARY"))))
            .post("/api/committees")
            .then()
            .statusCode(201)
            .body("level", is("DISTRICT"))
            .extract()
            .jsonPath()
            .getLong("id");
    plan =
        admin()
            .body(
                Map.of(
                    "committeeId",
                    committee,
                    "ruleSetCode",
                    "CT35-2019",
                    "referenceMonth",
                    "2020-06",
                    "candidates",
                    List.of(
                        Map.of("cadreId", secretary, "proposedRole", "SECRETARY"),
                        Map.of("cadreId", deputy, "proposedRole", "DEPUTY_SECRETARY"),
                        Map.of("cadreId", newcomer, "proposedRole", "MEMBER"))))
            .post("/api/personnel-plans")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    admin().post("/api/personnel-plans/" + plan + "/submit").then().statusCode(200);
    admin()
        .post("/api/personnel-plans/" + plan + "/vetting")
        .then()
        .statusCode(200)
        .body("approvable", is(true))
        .body("candidates.reElection", org.hamcrest.Matchers.contains(true, true, false));
    admin()
        .post("/api/personnel-plans/" + plan + "/approve")
        .then()
        .statusCode(200)
        .body("status", is("APPROVED"));

    session = SurveyStory.recordSignedSession(secretary, plan, suite.url("gateway"));
    laterSession = SurveyStory.createSession(suite.url("gateway"));
  }

  @Test
  @Order(5)
  void theJavaClientGeneratedFromTheDocumentReadsTypedRecords() throws Exception {
    GeneratedClients.javaClient(suite.url("gateway"), secretary, plan, session);
  }

  @Test
  @Order(6)
  void theTypeScriptClientReadsAUnitAndItsScorecard() throws Exception {
    Assumptions.assumeTrue(
        Files.exists(GeneratedClients.SCRIPT), "api-client was built without Node (-Dnode.skip)");
    JsonNode read = GeneratedClients.typeScriptClient(suite.url("gateway"));
    assertEquals("665", read.path("code").asText());
    assertEquals("Huyện Đắk Song", read.path("name").asText());
    assertEquals("DISTRICT", read.path("level").asText());
    assertTrue(read.path("evaluated").asInt() >= 1, read.toString());
    assertTrue(read.path("summary").asText().contains("vượt"), read.toString());
  }

  @Test
  @Order(7)
  void everyAnswerOfTheStoryIsWhatTheDocumentSays() {
    assertEquals(List.of(), contract.broken());
    String checked = contract.checked() + " answers of " + contract.operations() + " operations";
    assertTrue(contract.checked() >= 40 && contract.operations() >= 15, checked);
    System.out.println("answers checked against the document: " + checked);
  }

  @Test
  @Order(8)
  void throughTheGatewayEveryOperationRefusesBadInputWithAProblemAndWritesNothing() {
    var report =
        GatewayFuzz.run(suite.url("gateway"), suite.databases(), resolution, plan, laterSession);
    org.junit.jupiter.api.Assertions.assertTrue(
        report.sent() > 3000, "the merged document's operations were all attacked");
  }

  @Test
  @Order(9)
  void aMinuteOfMixedLoadFromSeveralUsersGivesNoError() throws Exception {
    SoakReport report = SuiteSoak.run(suite);
    org.junit.jupiter.api.Assertions.assertEquals(0, report.errors(), "errors: see the report");
    org.junit.jupiter.api.Assertions.assertTrue(
        report.requests() >= 500, report.requests() + " requests: the load did not run");
  }

  @Test
  @Order(10)
  void aBackendThatStopsIsNamedAndTheOthersKeepAnswering() throws Exception {
    // indicators-service stops: the gateway names it, cadre-service keeps answering and refuses
    // only what needs it, saving nothing; survey-service's dossier says what is missing
    suite.stop("indicators-service");
    SurveyStory.afterIndicatorsStopped(session, laterSession, plan, suite.url("gateway"));
    admin()
        .get("/api/units/665")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .body("detail", containsString("indicators-service"));
    admin().get("/api/cadres/" + secretary).then().statusCode(200);
    admin().get("/api/personnel-plans/" + plan + "/vetting").then().statusCode(200);
    // the province's reader goes on: the unit tree it was told is cached
    as("organizer", "67")
        .get("/api/cadres/" + secretary)
        .then()
        .body("personal.dateOfBirth", is("1966-03"));
    admin()
        .body(Map.of("unitCode", "665", "termCode", "2020-2025"))
        .post("/api/committees")
        .then()
        .statusCode(503)
        .body("detail", containsString("indicators-service"));
    admin().get("/api/committees?unit=665&term=2020-2025").then().body("totalItems", is(0));
  }

  private static long cadre(String name, String gender, String born) {
    return admin()
        .body(
            Map.of(
                "fullName",
                name,
                "gender",
                gender,
                "dateOfBirth",
                born,
                "ethnicity",
                "Kinh",
                "unitCode",
                "665",
                "theoryLevel",
                "ADVANCED",
                "inSuccessionPlan",
                true,
                "assetDeclarationYears",
                List.of(2019)))
        .post("/api/cadres")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }
}
