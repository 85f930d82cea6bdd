package vn.khaosat.cadre.api;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khaosat.testing.fuzz.BoundaryFuzz;
import vn.khaosat.testing.fuzz.DatabaseSnapshot;
import vn.khaosat.testing.jwt.TestTokens;

/**
 * DESIGN.md's input policy, proven from this service's own OpenAPI document: every operation is
 * sent bad inputs of every kind (see {@link BoundaryFuzz}), and each must get a 4xx problem with a
 * detail, while not one row of the database changes. The fixtures live in units of their own, so no
 * other test's counts move; each path points at a resource in the state its operation needs.
 */
@QuarkusTest
class BoundaryFuzzTest {

  @Test
  void everyOperationRefusesBadInputWithAProblemAndWritesNothing() {
    Fixtures f = new Fixtures();
    String document = given().accept("application/json").get("/q/openapi?format=json").asString();
    var report =
        BoundaryFuzz.against(URI.create("http://localhost:" + RestAssured.port))
            .document(document)
            .bearer(TestTokens.admin())
            .pathValue("/api/cadres", "id", String.valueOf(f.cadre))
            .pathValue("cadreId", String.valueOf(f.cadre))
            .pathValue("/api/cadres/{cadreId}/disciplines", "id", String.valueOf(f.discipline))
            .pathValue("/api/committees", "id", String.valueOf(f.committee))
            .pathValue("/api/personnel-plans", "id", String.valueOf(f.draftPlan))
            .pathValue("/api/personnel-plans/{id}/reopen", "id", String.valueOf(f.submittedPlan))
            .pathValue("/api/personnel-plans/{id}/approve", "id", String.valueOf(f.vettedPlan))
            .pathValue("/api/personnel-plans/{id}/vetting", "id", String.valueOf(f.vettedPlan))
            .pathValue("code", "CT35-2019")
            .bodyValue("cadreId", f.cadre)
            .bodyValue("committeeId", f.planCommittee)
            .bodyValue("createCadre", "unitCode", Api.unit())
            .bodyValue("updateCadre", "unitCode", f.unit)
            .bodyValue("createCommittee", "unitCode", Api.unit())
            .bodyValue("updateCommittee", "unitCode", f.unit)
            .bodyValue("updateCommittee", "termCode", Fixtures.COMMITTEE_TERM)
            .bodyValue("createRuleSet", "code", "FZ-" + Long.toString(System.nanoTime(), 36))
            .database(DatabaseSnapshot.Source.ofQuarkusTest("cadre"))
            .run();
    System.out.println("cadre-service boundary fuzz\n" + report.summary());
    report.writeTo(Path.of("target", "boundary-fuzz.txt"));
    report.assertClean();
  }

  /**
   * A district of its own: a cadre with a disciplinary record, a committee no plan uses (so that it
   * may be deleted), and a committee with a draft, a submitted and a vetted, approvable plan. The
   * vetted plan's candidate is another cadre, since the example requests change the first.
   */
  static final class Fixtures {
    static final String COMMITTEE_TERM = "2010-2015";

    final String unit = Api.unit();
    final long cadre = Api.createCadre("Nguyễn Văn Thử", "MALE", "1968-06-15", unit);
    final long discipline = Api.createDiscipline(cadre, "2012-03-12");
    final long committee =
        Api.createCommittee(unit, COMMITTEE_TERM, List.of(Api.member(cadre, "SECRETARY")));
    final long planCommittee = Api.createCommittee(unit, "2015-2020", List.of());
    final long draftPlan = plan(cadre);
    final long submittedPlan = submitted(plan(cadre));
    final long vettedPlan;

    Fixtures() {
      long secretary = Api.createCadre("Trần Văn Duyệt", "MALE", "1972-06", unit);
      vettedPlan = submitted(plan(secretary));
      Api.admin()
          .post("/api/personnel-plans/" + vettedPlan + "/vetting")
          .then()
          .statusCode(200)
          .body("approvable", org.hamcrest.Matchers.is(true));
    }

    private long plan(long secretary) {
      return Api.createPlan(
          Api.plan(planCommittee, "2020-06", List.of(Api.candidate(secretary, "SECRETARY"))));
    }

    private static long submitted(long plan) {
      Api.admin().post("/api/personnel-plans/" + plan + "/submit").then().statusCode(200);
      return plan;
    }
  }
}
