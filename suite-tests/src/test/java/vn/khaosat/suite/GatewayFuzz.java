package vn.khaosat.suite;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import vn.khaosat.testing.fuzz.BoundaryFuzz;
import vn.khaosat.testing.fuzz.DatabaseSnapshot;
import vn.khaosat.testing.fuzz.FuzzReport;
import vn.khaosat.testing.jwt.TestTokens;

/**
 * The boundary fuzz test through the gateway, from the merged document it serves: every operation
 * of every service gets its bad inputs, and every answer must be a problem, with not one row
 * changed in any of the three databases. The path values are what the seed report's story made, so
 * the attacks reach existing records; each service's own fuzz test proves the example requests and
 * the depth of each check, this one that the gateway passes every answer on as it should.
 */
final class GatewayFuzz {

  private GatewayFuzz() {}

  static FuzzReport run(
      String gateway,
      Map<String, Map<String, String>> databases,
      long resolution,
      long plan,
      long session) {
    // a cadre of its own: the example request of updateCadre, sent after its attacks, rewrites it
    long cadre =
        io.restassured.RestAssured.given()
            .baseUri(gateway)
            .header("Authorization", TestTokens.bearer("e2e-fuzz", Set.of("admin")))
            .contentType("application/json")
            .body(
                Map.of(
                    "fullName", "Đinh Văn Biên",
                    "gender", "MALE",
                    "dateOfBirth", "1970-01",
                    "ethnicity", "Kinh",
                    "unitCode", "665"))
            .post("/api/cadres")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    String document =
        io.restassured.RestAssured.given()
            .baseUri(gateway)
            .accept("application/json")
            .get("/q/openapi")
            .asString();
    BoundaryFuzz fuzz =
        BoundaryFuzz.against(URI.create(gateway))
            .document(document)
            .bearer(TestTokens.bearer("e2e-fuzz", Set.of("admin")))
            .pathValue("code", "665")
            .pathValue("/api/indicators", "code", "E2E_INCOME")
            .pathValue("/api/terms", "code", "2015-2020")
            .pathValue("/api/rule-sets", "code", "CT35-2019")
            .pathValue("indicator", "E2E_INCOME")
            .pathValue("unit", "665")
            .pathValue("year", "2019")
            .pathValue("status", "OFFICIAL")
            .pathValue("/api/resolutions", "id", String.valueOf(resolution))
            .pathValue("/api/cadres", "id", String.valueOf(cadre))
            .pathValue("cadreId", String.valueOf(cadre))
            .pathValue("/api/personnel-plans", "id", String.valueOf(plan))
            .pathValue("/api/surveys", "id", String.valueOf(session))
            .pathValue("sessionId", String.valueOf(session));
    databases.forEach(
        (name, db) ->
            fuzz.database(
                new DatabaseSnapshot.Source(
                    name, db.get("DB_URL"), db.get("DB_USER"), db.get("DB_PASSWORD"))));
    FuzzReport report = fuzz.run();
    System.out.println("boundary fuzz through the gateway\n" + report.summary());
    report.writeTo(Path.of("target", "boundary-fuzz-gateway.txt"));
    report.assertClean();
    return report;
  }
}
