package vn.khaosat.local.soak;

/**
 * Each user's own records carried through their steps, one request after the other: a session
 * recorded, held, concluded, signed and rendered; a personnel plan created, submitted, vetted and
 * approved. Every step must succeed; a step after a failed one is not sent.
 */
final class Journeys {

  private Journeys() {}

  static void session(SoakUser u) {
    Fixtures f = u.fixtures();
    var created =
        u.send(
            Call.json(
                    "POST",
                    "POST /api/surveys",
                    "/api/surveys",
                    Bodies.session(f.sessions(), "Buổi làm việc của người dùng " + u.number()))
                .expecting(201));
    if (created.status() != 201) {
      return;
    }
    String base = "/api/surveys/" + created.id();
    var leader = participant(u, base, Bodies.participant("Hà Trung Ký", "DELEGATION_LEADER", null));
    var secretary = participant(u, base, Bodies.participant("Thư ký", "SECRETARY", null));
    if (leader.status() != 201 || secretary.status() != 201 || !step(u, base, "/hold", null)) {
      return;
    }
    long chair = leader.id();
    boolean recorded =
        u.send(
                    Call.json(
                            "POST",
                            "POST /api/surveys/{id}/statements",
                            base + "/statements",
                            Bodies.statement(chair, "Ý kiến về kết quả thực hiện nghị quyết."))
                        .expecting(201))
                .status()
            == 201;
    recorded =
        recorded
            && u.send(
                        Call.json(
                            "PUT",
                            "PUT /api/surveys/{id}/conclusion",
                            base + "/conclusion",
                            Bodies.conclusion(chair, "Kết luận của trưởng đoàn.")))
                    .status()
                == 200;
    if (recorded
        && step(u, base, "/conclude", null)
        && step(u, base, "/sign", Bodies.sign(secretary.id(), chair))) {
      u.send(
          Call.get("GET /api/surveys/{id}/minutes (PDF)", base + "/minutes")
              .accepting("application/pdf"));
    }
  }

  static void plan(SoakUser u) {
    Fixtures f = u.fixtures();
    var created =
        u.send(
            Call.json(
                    "POST",
                    "POST /api/personnel-plans",
                    "/api/personnel-plans",
                    Bodies.plan(
                        f.journeyCommittee(),
                        "Phương án của người dùng " + u.number(),
                        f.journeySlate()))
                .expecting(201));
    if (created.status() != 201) {
      return;
    }
    String base = "/api/personnel-plans/" + created.id();
    if (planStep(u, base, "/submit") && planStep(u, base, "/vetting")) {
      planStep(u, base, "/approve");
    }
  }

  private static SoakClient.Answer participant(SoakUser u, String base, String body) {
    return u.send(
        Call.json("POST", "POST /api/surveys/{id}/participants", base + "/participants", body)
            .expecting(201));
  }

  private static boolean step(SoakUser u, String base, String step, String body) {
    return u.send(Call.json("POST", "POST /api/surveys/{id}" + step, base + step, body)).status()
        == 200;
  }

  private static boolean planStep(SoakUser u, String base, String step) {
    return u.send(Call.json("POST", "POST /api/personnel-plans/{id}" + step, base + step, null))
            .status()
        == 200;
  }
}
