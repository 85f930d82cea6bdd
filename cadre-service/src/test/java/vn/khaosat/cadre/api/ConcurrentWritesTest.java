package vn.khaosat.cadre.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.khaosat.testing.concurrency.SerialOrder;
import vn.khaosat.testing.concurrency.Together;

/**
 * Writers of one record at the same moment, on real threads against the real database. Replaces of
 * a cadre, of a committee's members and of a plan's candidates each get a 200 and the last one
 * wins, whole; approving and vetting a plan, run with its other steps and a replace of its slate,
 * end in a state that one serial order of them explains.
 */
@QuarkusTest
class ConcurrentWritesTest {

  private static final int WRITERS = 10;
  private static final int ROUNDS = 12;

  @RegisterExtension static final Together together = new Together(WRITERS);

  @Test
  void replacesOfACadreACommitteeAndAPlanAllSucceedAndTheLastWinsWhole() throws Exception {
    PlanAndVettingTest.District d = new PlanAndVettingTest.District();
    List<Long> newcomers = new ArrayList<>();
    for (int n = 0; n < WRITERS; n++) {
      newcomers.add(Api.createCadre("Người mới " + n, "MALE", "1980-01", d.unit));
    }
    long plan = Api.createPlan(d.fullSlate());
    for (int r = 0; r < 3; r++) {
      // each writer's body differs from every other one, in this round and the ones before
      String round = r + ".";
      long cadreVersion = version("/api/cadres/" + d.deputy);
      long committeeVersion = version("/api/committees/" + d.committee);
      long planVersion = version("/api/personnel-plans/" + plan);
      List<Integer> statuses = new ArrayList<>();
      statuses.addAll(
          together.run(
              WRITERS,
              n -> {
                var body = Api.cadre("Trần Thị Bình", "FEMALE", "1970-06", d.unit);
                body.put("religion", "Tôn giáo " + round + n);
                body.put("assetDeclarationYears", List.of(2018 + n % 3, 2021));
                return Api.admin().body(body).put("/api/cadres/" + d.deputy).statusCode();
              }));
      statuses.addAll(
          together.run(
              WRITERS,
              n ->
                  Api.admin()
                      .body(
                          Map.of(
                              "unitCode",
                              d.unit,
                              "termCode",
                              "2015-2020",
                              "name",
                              "Ban Chấp hành " + round + n,
                              "members",
                              List.of(
                                  Api.member(d.twoTermSecretary, "SECRETARY"),
                                  Api.member(newcomers.get(n), "MEMBER"))))
                      .put("/api/committees/" + d.committee)
                      .statusCode()));
      statuses.addAll(
          together.run(
              WRITERS,
              n -> {
                var body =
                    Api.plan(
                        d.committee,
                        "2020-06",
                        List.of(
                            Api.candidate(newcomers.get(n), "MEMBER"),
                            Api.candidate(d.deputy, "DEPUTY_SECRETARY")));
                body.put("title", "Phương án " + round + n);
                return Api.admin().body(body).put("/api/personnel-plans/" + plan).statusCode();
              }));
      assertTrue(statuses.stream().allMatch(s -> s == 200), statuses::toString);
      // every replace was applied, one after the other: none was lost
      assertEquals(cadreVersion + WRITERS, version("/api/cadres/" + d.deputy));
      assertEquals(committeeVersion + WRITERS, version("/api/committees/" + d.committee));
      assertEquals(planVersion + WRITERS, version("/api/personnel-plans/" + plan));
      // and the one stored is one writer's, whole
      JsonPath committee = Api.viewer().get("/api/committees/" + d.committee).jsonPath();
      int writer =
          Integer.parseInt(committee.getString("name").replace("Ban Chấp hành " + round, ""));
      assertEquals(
          List.of(d.twoTermSecretary, newcomers.get(writer)),
          committee.getList("members.cadreId", Long.class));
      JsonPath slate = Api.viewer().get("/api/personnel-plans/" + plan).jsonPath();
      writer = Integer.parseInt(slate.getString("title").replace("Phương án " + round, ""));
      assertEquals(
          List.of(newcomers.get(writer), d.deputy),
          slate.getList("candidates.cadreId", Long.class));
    }
  }

  /**
   * The model of a plan: its status, the slate it holds, the slate its latest vetting judged. A
   * step refused is a 409 that names the status the plan was in: a refusal for any other reason (a
   * lost race) is no answer a serial order gives.
   */
  record Plan(String status, String slate, String vetted) {

    boolean in(String... statuses) {
      return List.of(statuses).contains(status);
    }

    SerialOrder.Step<Plan, String> ok(Plan next) {
      return new SerialOrder.Step<>("200", next);
    }

    SerialOrder.Step<Plan, String> no() {
      return new SerialOrder.Step<>("409 " + status, this);
    }
  }

  private static final java.util.regex.Pattern STATUS_NAMED =
      java.util.regex.Pattern.compile("Plan \\d+ is ([A-Z]+); this needs");

  /** 200, or a refusal as "409 DRAFT" when it names the plan's status, or the whole answer. */
  private static String answer(Response response) {
    if (response.statusCode() == 200) {
      return "200";
    }
    var named = STATUS_NAMED.matcher(String.valueOf(response.jsonPath().getString("detail")));
    return response.statusCode() == 409 && named.find()
        ? "409 " + named.group(1)
        : response.statusCode() + " " + response.asString();
  }

  private static io.restassured.specification.RequestSpecification english() {
    return Api.admin().header("Accept-Language", "en");
  }

  @Test
  void approvingAndVettingWithTheOtherStepsAndAReplaceEndAsOneSerialOrder() throws Exception {
    PlanAndVettingTest.District d = new PlanAndVettingTest.District();
    var first =
        List.of(
            Api.candidate(d.twoTermSecretary, "MEMBER"),
            Api.candidate(d.deputy, "DEPUTY_SECRETARY"),
            Api.candidate(d.sittingMember, "MEMBER"),
            Api.candidate(d.newcomerJustInTime, "MEMBER"));
    var second = new ArrayList<>(first);
    java.util.Collections.reverse(second);
    List<Long> firstIds = first.stream().map(c -> (Long) c.get("cadreId")).toList();
    for (int round = 0; round < ROUNDS; round++) {
      long plan = Api.createPlan(Api.plan(d.committee, "2020-06", first));
      String base = "/api/personnel-plans/" + plan;
      Api.admin().post(base + "/submit").then().statusCode(200);
      // every other round starts vetted, so that the approval can win too
      boolean vetted = round % 2 == 1;
      if (vetted) {
        Api.admin().post(base + "/vetting").then().statusCode(200).body("approvable", is(true));
      }
      List<Callable<String>> steps =
          List.of(
              () -> answer(english().post(base + "/approve")),
              () -> answer(english().post(base + "/vetting")),
              () -> answer(english().post(base + "/reopen")),
              () -> answer(english().body(Api.plan(d.committee, "2020-06", second)).put(base)),
              () -> answer(english().post(base + "/submit")));
      List<String> answers = together.run(steps);
      JsonPath stored = Api.viewer().get(base).jsonPath();
      Response vetting = Api.admin().get(base + "/vetting");
      Plan found =
          new Plan(
              stored.getString("status"),
              slate(stored.getList("candidates.cadreId", Long.class), firstIds),
              vetting.statusCode() == 404
                  ? null
                  : slate(vetting.jsonPath().getList("candidates.cadreId", Long.class), firstIds));
      List<String> order =
          new SerialOrder<Plan, String>()
              .operation(
                  "approve",
                  p -> p.in("VETTED") ? p.ok(new Plan("APPROVED", p.slate(), p.vetted())) : p.no())
              .operation(
                  "vet",
                  p ->
                      p.in("SUBMITTED", "VETTED")
                          ? p.ok(new Plan("VETTED", p.slate(), p.slate()))
                          : p.no())
              .operation(
                  "reopen",
                  p ->
                      p.in("SUBMITTED", "VETTED")
                          ? p.ok(new Plan("DRAFT", p.slate(), p.vetted()))
                          : p.no())
              .operation(
                  "replace the slate",
                  p -> p.in("DRAFT") ? p.ok(new Plan("DRAFT", "second", p.vetted())) : p.no())
              .operation(
                  "submit",
                  p -> p.in("DRAFT") ? p.ok(new Plan("SUBMITTED", p.slate(), p.vetted())) : p.no())
              .explain(
                  new Plan(vetted ? "VETTED" : "SUBMITTED", "first", vetted ? "first" : null),
                  answers,
                  found);
      System.out.println("round " + round + ": " + answers + " as " + order);
    }
  }

  private static String slate(List<Long> cadreIds, List<Long> first) {
    return cadreIds.equals(first) ? "first" : "second";
  }

  private static long version(String path) {
    return Api.viewer().get(path).then().statusCode(200).extract().jsonPath().getLong("version");
  }

  private static org.hamcrest.Matcher<Object> is(Object value) {
    return org.hamcrest.Matchers.is(value);
  }
}
