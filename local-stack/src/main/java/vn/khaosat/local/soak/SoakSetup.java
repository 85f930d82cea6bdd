package vn.khaosat.local.soak;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes what the soak's users share, through the gateway as an administrator: a province and four
 * districts of its own run, five indicators with a resolution's targets and their figures, cadres,
 * two committees and a plan, a held session and a signed one. Each user then writes and reads
 * these.
 */
final class SoakSetup {

  private final Admin admin;
  private final String run;

  SoakSetup(Admin admin) {
    this.admin = admin;
    // a unit code has at most 16 characters: "K" and the time in base 36, then "-1" for a district
    this.run = "K" + Long.toString(System.currentTimeMillis() / 1000, 36).toUpperCase();
  }

  Fixtures make() {
    List<String> districts = units();
    List<String> indicators = indicators(districts.get(0));
    String shared = districts.get(0);
    long sharedCadre = cadre("Trần Văn Chung", "MALE", "1975-04", shared);
    List<Long> readCadres = List.of(sharedCadre, cadre("Lê Thị Đọc", "FEMALE", "1978-09", shared));
    List<Long> members =
        List.of(
            cadre("Nguyễn Văn Bí", "MALE", "1966-03", shared),
            cadre("Trần Thị Phó", "FEMALE", "1972-08", shared),
            cadre("Lê Văn Mới", "MALE", "1980-01", shared));
    List<Long> pool = new ArrayList<>(members);
    for (int i = 1; i <= 3; i++) {
      pool.add(cadre("Phạm Văn Dự " + i, "MALE", "1979-0" + i, shared));
    }
    long sharedCommittee =
        admin.create("/api/committees", Bodies.committee(shared, "Ban Chấp hành thử tải", members));
    long sharedPlan =
        admin.create("/api/personnel-plans", Bodies.plan(sharedCommittee, "Phương án chung", pool));
    String journeys = districts.get(2);
    List<Long> slate =
        List.of(
            cadre("Võ Văn Bí", "MALE", "1966-03", journeys),
            cadre("Đỗ Thị Phó", "FEMALE", "1972-08", journeys),
            cadre("Ngô Văn Mới", "MALE", "1980-01", journeys));
    long journeyCommittee =
        admin.create(
            "/api/committees", Bodies.committee(journeys, "Ban Chấp hành", slate.subList(0, 2)));
    requireApprovable(journeyCommittee, slate);
    long session = admin.create("/api/surveys", Bodies.session(shared, "Buổi làm việc chung"));
    long leader =
        admin.create(
            "/api/surveys/" + session + "/participants",
            Bodies.participant("Hà Trung Ký", "DELEGATION_LEADER", null));
    long guest =
        admin.create(
            "/api/surveys/" + session + "/participants",
            Bodies.participant("Khách mời", "GUEST", null));
    admin.post("/api/surveys/" + session + "/hold", null);
    return new Fixtures(
        run,
        run,
        districts,
        indicators,
        sharedCadre,
        readCadres,
        sharedCommittee,
        pool,
        sharedPlan,
        journeyCommittee,
        slate,
        session,
        leader,
        guest,
        signedSession(shared));
  }

  /** The users' plans are approved at the end of their journey: the slate must pass the rules. */
  private void requireApprovable(long committee, List<Long> slate) {
    long plan = admin.create("/api/personnel-plans", Bodies.plan(committee, "Thử", slate));
    admin.post("/api/personnel-plans/" + plan + "/submit", null);
    String report =
        admin
            .send(Call.json("POST", "setup", "/api/personnel-plans/" + plan + "/vetting", null))
            .body();
    if (!report.contains("\"approvable\":true")) {
      throw new IllegalStateException("setup: the journeys' slate is not approvable: " + report);
    }
  }

  private List<String> units() {
    admin.created("/api/units", Bodies.unit(run, "Tỉnh thử tải " + run, "PROVINCE", null));
    List<String> districts = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      String code = run + "-" + i;
      admin.created("/api/units", Bodies.unit(code, "Huyện thử tải " + i, "DISTRICT", run));
      districts.add(code);
    }
    for (String term : List.of(Bodies.REVIEWED_TERM, Bodies.PLANNED_TERM)) {
      admin.send(
          Call.json("POST", "setup", "/api/terms", "{\"code\":\"" + term + "\"}")
              .expecting(201, 409));
    }
    return districts;
  }

  /** Five indicators, a resolution of the shared district with a target on each, and figures. */
  private List<String> indicators(String district) {
    long resolution =
        admin.create(
            "/api/resolutions",
            """
            {"title":"Nghị quyết thử tải","unitCode":"%s","termCode":"%s"}"""
                .formatted(district, Bodies.REVIEWED_TERM));
    List<String> codes = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      String code = run + "_I" + i;
      admin.created("/api/indicators", Bodies.indicator(code, i));
      admin.create(
          "/api/targets",
          """
          {"resolutionId":%d,"indicatorCode":"%s","measure":"LEVEL","comparator":"AT_LEAST",
           "value":500}"""
              .formatted(resolution, code));
      codes.add(code);
    }
    admin.send(
        Call.csv(
            "setup",
            "/api/observations/import?dryRun=false",
            Bodies.figuresCsv(codes, district, new Random(1))));
    return codes;
  }

  private long cadre(String name, String gender, String born, String unit) {
    return admin.create("/api/cadres", Bodies.cadre(name, gender, born, unit, "Không"));
  }

  /** A session with its statements, a directive and its conclusion, signed: for the documents. */
  private long signedSession(String unit) {
    long session = admin.create("/api/surveys", Bodies.session(unit, "Buổi làm việc đã ký"));
    String base = "/api/surveys/" + session;
    long leader =
        admin.create(
            base + "/participants", Bodies.participant("Hà Trung Ký", "DELEGATION_LEADER", null));
    long secretary =
        admin.create(base + "/participants", Bodies.participant("Thư ký Đoàn", "SECRETARY", null));
    admin.post(base + "/hold", null);
    for (int i = 1; i <= 5; i++) {
      admin.create(base + "/statements", Bodies.statement(leader, i + ". Ý kiến về nghị quyết."));
    }
    admin.create(base + "/directives", Bodies.directive(unit));
    admin.send(
        Call.json("PUT", "setup", base + "/conclusion", Bodies.conclusion(leader, "Kết luận.")));
    admin.post(base + "/conclude", null);
    admin.post(base + "/sign", Bodies.sign(secretary, leader));
    return session;
  }
}
