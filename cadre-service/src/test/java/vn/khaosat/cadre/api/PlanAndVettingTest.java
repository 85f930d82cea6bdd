package vn.khaosat.cadre.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A district's slate for 2020-2025, from draft to approval, against CT35-2019. */
@QuarkusTest
class PlanAndVettingTest {

  /** A unit with committees 2010-2015 and 2015-2020 and six cadres; ids in fields. */
  static final class District {
    final String unit = Api.unit();
    final long twoTermSecretary = Api.createCadre("Nguyễn Văn An", "MALE", "1963-01", unit);
    final long deputy = Api.createCadre("Trần Thị Bình", "FEMALE", "1970-06", unit);
    final long sittingMember = Api.createCadre("Lê Văn Cường", "MALE", "1965-05", unit);
    final long newcomerTooOld = Api.createCadre("Phạm Văn Dũng", "MALE", "1965-05", unit);
    final long newcomerJustInTime = Api.createCadre("Hoàng Văn Em", "MALE", "1965-06", unit);
    final long disciplined = Api.createCadre("Vũ Thị Phương", "FEMALE", "1985-02-02", unit);
    final long committee;

    District() {
      Api.createCommittee(unit, "2010-2015", List.of(Api.member(twoTermSecretary, "SECRETARY")));
      committee =
          Api.createCommittee(
              unit,
              "2015-2020",
              List.of(
                  Api.member(twoTermSecretary, "SECRETARY"),
                  Api.member(deputy, "MEMBER"),
                  Api.member(sittingMember, "MEMBER")));
      Api.as("inspector", unit)
          .body(
              Map.of(
                  "form", "REPRIMAND", "decidedOn", "2019-10-01", "restrictedUntil", "2021-01-01"))
          .post("/api/cadres/" + disciplined + "/disciplines")
          .then()
          .statusCode(201);
    }

    Map<String, Object> fullSlate() {
      return Api.plan(
          committee,
          "2020-06",
          List.of(
              Api.candidate(twoTermSecretary, "SECRETARY"),
              Api.candidate(deputy, "DEPUTY_SECRETARY"),
              Api.candidate(sittingMember, "MEMBER"),
              Api.candidate(newcomerTooOld, "MEMBER"),
              Api.candidate(newcomerJustInTime, "MEMBER"),
              Api.candidate(disciplined, "MEMBER")));
    }
  }

  @Test
  void aPlanIsVettedRefusedWhileAFailStandsThenCorrectedAndApproved() {
    District d = new District();
    long plan = Api.createPlan(d.fullSlate());
    Api.viewer()
        .get("/api/personnel-plans/" + plan)
        .then()
        .statusCode(200)
        .body("status", is("DRAFT"))
        .body("termCode", is("2020-2025"))
        .body("candidates.reElection", contains(true, true, true, false, false, false))
        .body("candidates[0].fullName", is("Nguyễn Văn An"));

    Api.admin().post("/api/personnel-plans/" + plan + "/submit").then().statusCode(200);
    JsonPath report =
        Api.admin()
            .post("/api/personnel-plans/" + plan + "/vetting")
            .then()
            .statusCode(200)
            .body("ruleSetCode", is("CT35-2019"))
            .body("approvable", is(false))
            .body(
                "candidates.verdict",
                contains(
                    "NOT_ELIGIBLE",
                    "ELIGIBLE",
                    "ELIGIBLE",
                    "NOT_ELIGIBLE",
                    "ELIGIBLE",
                    "NOT_ELIGIBLE"))
            .body("summary.notEligible", is(3))
            .body("summary.blockingFailures", is(3))
            .body("slate.kind", hasItem("WOMEN_SHARE"))
            .extract()
            .jsonPath();
    // one finding per rule and candidate (six candidate rules in CT35-2019), each with its source
    assertThat(report.getList("candidates.collect { it.findings.size() }"), everyItem(is(6)));
    assertThat(
        report.getList("candidates.collect { it.findings }.flatten().source"),
        everyItem(containsString("TW")));
    assertThat(
        report.getString("candidates[3].findings.find { it.kind == 'AGE' }.detail"),
        is("Còn 59 tháng công tác < 60 tháng"));
    assertThat(
        report.getString(
            "candidates[0].findings.find { it.kind == 'SECRETARY_TERM_LIMIT' }.outcome"),
        is("FAILED"));
    // codes read as words: "cao cấp", not "ADVANCED"
    assertThat(
        report.getString("candidates[0].findings.find { it.kind == 'THEORY_LEVEL' }.detail"),
        is("Trình độ lý luận chính trị cao cấp đạt yêu cầu (cao cấp, cử nhân)"));
    assertThat(
        report.getString(
            "candidates[5].findings.find { it.kind == 'DISCIPLINE' }.figures.restrictedUntil"),
        is("2021-01-01"));

    // a report shows ages and discipline: personal fields
    Api.viewer().get("/api/personnel-plans/" + plan + "/vetting").then().statusCode(403);
    // its summary carries counts and slate findings only, for any reader (the survey dossier)
    Api.viewer()
        .get("/api/personnel-plans/" + plan + "/vetting/summary")
        .then()
        .statusCode(200)
        .body("planId", is((int) plan))
        .body("summary.candidates", is(report.getInt("summary.candidates")))
        .body("summary.blockingFailures", is(report.getInt("summary.blockingFailures")))
        .body("approvable", is(false))
        .body("slate.find { it.kind == 'WOMEN_SHARE' }.detail", containsString("33,3%"))
        .body("candidates", nullValue());
    assertThat(
        report.getString("slate.find { it.kind == 'WOMEN_SHARE' }.detail"),
        containsString("33,3%"));
    Api.as("inspector", d.unit)
        .header("Accept-Language", "en")
        .get("/api/personnel-plans/" + plan + "/vetting")
        .then()
        .statusCode(200)
        .body(
            "candidates[3].findings.find { it.kind == 'AGE' }.detail",
            is("59 months of work left < 60"))
        .body("candidates[4].findings.find { it.kind == 'AGE' }.figures.monthsLeft", is(60))
        .body(
            "candidates[5].findings.find { it.kind == 'DISCIPLINE' }.detail",
            containsString("reprimand"))
        .body("slate.find { it.kind == 'WOMEN_SHARE' }.detail", containsString("33.3%"));

    Api.admin()
        .post("/api/personnel-plans/" + plan + "/approve")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("3"));

    Api.admin().post("/api/personnel-plans/" + plan + "/reopen").then().statusCode(200);
    var corrected =
        Api.plan(
            d.committee,
            "2020-06",
            List.of(
                Api.candidate(d.twoTermSecretary, "MEMBER"),
                Api.candidate(d.deputy, "DEPUTY_SECRETARY"),
                Api.candidate(d.sittingMember, "MEMBER"),
                Api.candidate(d.newcomerJustInTime, "MEMBER")));
    Api.admin().body(corrected).put("/api/personnel-plans/" + plan).then().statusCode(200);
    Api.admin().post("/api/personnel-plans/" + plan + "/submit").then().statusCode(200);
    Api.admin()
        .post("/api/personnel-plans/" + plan + "/vetting")
        .then()
        .statusCode(200)
        .body("approvable", is(true))
        .body("summary.blockingFailures", is(0));
    // a record changed after the vetting must be vetted again before approval
    var deputy = Api.cadre("Trần Thị Bình", "FEMALE", "1970-06", d.unit);
    deputy.put("religion", "Phật giáo");
    Api.admin().body(deputy).put("/api/cadres/" + d.deputy).then().statusCode(200);
    Api.admin()
        .post("/api/personnel-plans/" + plan + "/approve")
        .then()
        .statusCode(409)
        .body("detail", containsString("Trần Thị Bình"));
    Api.admin().post("/api/personnel-plans/" + plan + "/vetting").then().statusCode(200);
    Api.admin()
        .post("/api/personnel-plans/" + plan + "/approve")
        .then()
        .statusCode(200)
        .body("status", is("APPROVED"))
        .body("approvedBy", is("admin"));
    Api.viewer()
        .get("/api/personnel-plans?committee=" + d.committee + "&status=APPROVED")
        .then()
        .body("items.id", contains((int) plan));
  }

  @Test
  void statusStepsOutOfOrderAreRefused() {
    District d = new District();
    long plan = Api.createPlan(d.fullSlate());
    String base = "/api/personnel-plans/" + plan;
    Api.admin().get(base + "/vetting").then().statusCode(404);
    Api.viewer().get(base + "/vetting/summary").then().statusCode(404);
    Api.viewer().get("/api/personnel-plans/999999/vetting/summary").then().statusCode(404);
    Api.admin().post(base + "/vetting").then().statusCode(409);
    Api.admin().post(base + "/approve").then().statusCode(409);
    Api.admin().post(base + "/reopen").then().statusCode(409);
    Api.admin().post(base + "/submit").then().statusCode(200).body("status", is("SUBMITTED"));
    Api.admin().post(base + "/submit").then().statusCode(409);
    Api.admin().body(d.fullSlate()).put(base).then().statusCode(409);
    Api.viewer().post(base + "/vetting").then().statusCode(403);
    Api.as("organizer", "999").post(base + "/vetting").then().statusCode(403);
    Api.admin().header("If-Match", "\"0\"").post(base + "/vetting").then().statusCode(412);
    Api.as("organizer", d.unit).post(base + "/vetting").then().statusCode(200);
  }

  @Test
  void badPlansAreRefusedWithTheFieldNamed() {
    District d = new District();
    var plan = d.fullSlate();
    plan.put("ruleSetCode", "NO-SUCH-SET");
    refused(plan, "ruleSetCode");

    plan = d.fullSlate();
    plan.put(
        "candidates",
        List.of(Api.candidate(d.deputy, "MEMBER"), Api.candidate(d.deputy, "STANDING_MEMBER")));
    refused(plan, "candidates[1].cadreId");

    plan = d.fullSlate();
    plan.put("candidates", List.of(Api.candidate(987654321L, "MEMBER")));
    refused(plan, "candidates");

    plan = d.fullSlate();
    plan.put(
        "candidates",
        List.of(Api.candidate(d.deputy, "SECRETARY"), Api.candidate(d.sittingMember, "SECRETARY")));
    refused(plan, "candidates[1].proposedRole");

    plan = d.fullSlate();
    plan.put("termCode", "2025-2030");
    refused(plan, "termCode");

    plan = d.fullSlate();
    plan.put("referenceMonth", "2021-06");
    refused(plan, "referenceMonth");

    plan = d.fullSlate();
    plan.put("committeeId", 987654321L);
    refused(plan, "committeeId");

    plan = d.fullSlate();
    plan.put("candidates", List.of());
    refused(plan, "candidates");

    plan = d.fullSlate();
    plan.put("referenceMonth", "2020-13");
    Api.admin().body(plan).post("/api/personnel-plans").then().statusCode(400);

    Api.viewer()
        .get("/api/personnel-plans?committee=" + d.committee)
        .then()
        .body("totalItems", is(0));
    Api.viewer().get("/api/personnel-plans/987654321").then().statusCode(404);
  }

  private static void refused(Map<String, Object> plan, String field) {
    Api.admin()
        .body(plan)
        .post("/api/personnel-plans")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem(field));
  }
}
