package vn.khaosat.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import vn.khaosat.client.ApiClient;
import vn.khaosat.client.ApiException;
import vn.khaosat.client.api.CadresApi;
import vn.khaosat.client.api.EvaluationApi;
import vn.khaosat.client.api.PersonnelPlansApi;
import vn.khaosat.client.api.SurveySessionsApi;
import vn.khaosat.client.api.UnitsApi;
import vn.khaosat.client.model.Cadre;
import vn.khaosat.client.model.PersonnelPlan;
import vn.khaosat.client.model.PlanStatus;
import vn.khaosat.client.model.Problem;
import vn.khaosat.client.model.Scorecard;
import vn.khaosat.client.model.SessionStatus;
import vn.khaosat.client.model.SurveySession;
import vn.khaosat.client.model.TargetStatus;
import vn.khaosat.client.model.Unit;
import vn.khaosat.client.model.UnitLevel;
import vn.khaosat.testing.jwt.TestTokens;

/**
 * The clients generated from the merged document, used as an integrator would, against the suite
 * behind the gateway: the Java client reads typed records, and the TypeScript script that tsc
 * checked in strict mode reads a unit and its scorecard.
 */
final class GeneratedClients {

  /** Where tsc writes the script (api-client/typescript/tsconfig.json: outDir, rootDir). */
  static final Path SCRIPT =
      RunningSuite.ROOT.resolve(
          "api-client/target/typescript-out/typescript/src/read-unit-and-scorecard.js");

  private GeneratedClients() {}

  /** Reads what the story made through the Java client: typed fields, no maps. */
  static void javaClient(String gateway, long secretary, long plan, long session) throws Exception {
    ApiClient client = client(gateway);
    Unit unit = new UnitsApi(client).getUnit("665");
    assertEquals("Huyện Đắk Song", unit.getName());
    assertEquals(UnitLevel.DISTRICT, unit.getLevel());
    assertEquals("67", unit.getParentCode());
    assertTrue(unit.getClosed());
    Scorecard scorecard = new EvaluationApi(client).getScorecard("2015-2020", "665", 2019);
    assertEquals("Huyện Đắk Song", scorecard.getUnitName());
    assertTrue(
        scorecard.getTargets().stream().anyMatch(t -> t.getStatus() == TargetStatus.EXCEEDED),
        scorecard.getSummary());
    Cadre cadre = new CadresApi(client).getCadre(secretary);
    assertEquals("Nguyễn Văn Bí", cadre.getFullName());
    assertEquals("1966-03", cadre.getPersonal().getDateOfBirth());
    PersonnelPlan approved = new PersonnelPlansApi(client).getPersonnelPlan(plan);
    assertEquals(PlanStatus.APPROVED, approved.getStatus());
    assertEquals(3, approved.getCandidates().size());
    SurveySession signed = new SurveySessionsApi(client).getSurveySession(session);
    assertEquals(SessionStatus.SIGNED, signed.getStatus());
    assertFalse(signed.getDirectives().isEmpty());
    // an error is a Problem the client reads too
    ApiException missing =
        org.junit.jupiter.api.Assertions.assertThrows(
            ApiException.class, () -> new UnitsApi(client).getUnit("NOPE"));
    Problem problem = client.getObjectMapper().readValue(missing.getResponseBody(), Problem.class);
    assertEquals(Integer.valueOf(404), problem.getStatus());
    assertEquals("urn:khaosat:problem:not-found", problem.getType());
  }

  /** Runs the compiled TypeScript script against the gateway; returns what it printed. */
  static JsonNode typeScriptClient(String gateway) throws Exception {
    String token = TestTokens.bearer("e2e-web", Set.of("viewer")).replaceFirst("^Bearer ", "");
    ProcessBuilder builder =
        new ProcessBuilder("node", SCRIPT.toString(), "665", "2015-2020", "2019")
            .redirectErrorStream(true);
    builder.environment().put("GATEWAY_URL", gateway);
    builder.environment().put("TOKEN", token);
    Process node = builder.start();
    assertTrue(node.waitFor(60, TimeUnit.SECONDS), "the script did not end in 60 s");
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, node.exitValue(), output);
    return new ObjectMapper().readTree(output.strip());
  }

  private static ApiClient client(String gateway) {
    URI base = URI.create(gateway);
    String bearer = TestTokens.bearer("e2e-integrator", Set.of("admin"));
    return new ApiClient()
        .setScheme(base.getScheme())
        .setHost(base.getHost())
        .setPort(base.getPort())
        .setBasePath("")
        .setRequestInterceptor(request -> request.header("Authorization", bearer));
  }
}
