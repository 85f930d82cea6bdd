package vn.khaosat.local.soak;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The soak's writes of what its users share: every user replaces the same few figures, the same
 * committee's members, plan's candidates, session's conclusion and participant, and cadre, so that
 * writers of one key meet all the time. A replace must answer 2xx; only a stale If-Match may lose
 * (412). Creates answer 201, a create of an existing key 409.
 */
final class Writes {

  private static final String FIGURE = "PUT /api/observations/{indicator}/{unit}/{year}/{status}";

  private Writes() {}

  /** One of the 25 figures every user writes (5 indicators × 5 years). */
  private static String figurePath(SoakUser u) {
    int year =
        Bodies.FIRST_PUT_YEAR + u.random().nextInt(Bodies.LAST_YEAR - Bodies.FIRST_PUT_YEAR + 1);
    return "/api/observations/%s/%s/%d/OFFICIAL"
        .formatted(u.any(u.fixtures().indicators()), u.fixtures().shared(), year);
  }

  static void figure(SoakUser u) {
    u.send(Call.json("PUT", FIGURE, figurePath(u), Bodies.figure(u.random())).expecting(200, 201));
  }

  /** A writer that read the figure's first version long ago: 412 once anyone wrote it since. */
  static void figureIfMatchFirstVersion(SoakUser u) {
    u.send(
        Call.json("PUT", FIGURE + " (If-Match: \"0\")", figurePath(u), Bodies.figure(u.random()))
            .header("If-Match", "\"0\"")
            .expecting(200, 412));
  }

  /** Reads a figure, then replaces the version it read: 412 when another writer came between. */
  static void figureIfMatchRead(SoakUser u) {
    String path = figurePath(u);
    var read = u.send(Call.get("GET /api/observations/{indicator}/{unit}/{year}/{status}", path));
    read.header("ETag")
        .ifPresent(
            tag ->
                u.send(
                    Call.json("PUT", FIGURE + " (If-Match read)", path, Bodies.figure(u.random()))
                        .header("If-Match", tag)
                        .expecting(200, 412)));
  }

  static void committeeMembers(SoakUser u) {
    List<Long> members = shuffled(u, u.fixtures().pool());
    u.send(
        Call.json(
            "PUT",
            "PUT /api/committees/{id}",
            "/api/committees/" + u.fixtures().sharedCommittee(),
            Bodies.committee(
                u.fixtures().shared(), "Ban Chấp hành " + u.number(), members.subList(0, 3))));
  }

  static void planCandidates(SoakUser u) {
    List<Long> candidates = shuffled(u, u.fixtures().pool());
    u.send(
        Call.json(
            "PUT",
            "PUT /api/personnel-plans/{id}",
            "/api/personnel-plans/" + u.fixtures().sharedPlan(),
            Bodies.plan(
                u.fixtures().sharedCommittee(),
                "Phương án của người dùng " + u.number(),
                candidates.subList(0, 2 + u.random().nextInt(candidates.size() - 1)))));
  }

  static void conclusion(SoakUser u) {
    u.send(
        Call.json(
            "PUT",
            "PUT /api/surveys/{id}/conclusion",
            "/api/surveys/" + u.fixtures().sharedSession() + "/conclusion",
            Bodies.conclusion(
                u.fixtures().sessionLeader(), "Kết luận của người dùng " + u.number())));
  }

  static void participant(SoakUser u) {
    u.send(
        Call.json(
            "PUT",
            "PUT /api/surveys/{sessionId}/participants/{id}",
            "/api/surveys/%d/participants/%d"
                .formatted(u.fixtures().sharedSession(), u.fixtures().sessionGuest()),
            Bodies.participant("Khách mời", "GUEST", "Đại biểu số " + u.number())));
  }

  static void cadre(SoakUser u) {
    u.send(
        Call.json(
            "PUT",
            "PUT /api/cadres/{id}",
            "/api/cadres/" + u.fixtures().sharedCadre(),
            Bodies.cadre(
                "Trần Văn Chung",
                "MALE",
                "1975-04",
                u.fixtures().shared(),
                "Tôn giáo " + u.number())));
  }

  static void newCadre(SoakUser u) {
    u.send(
        Call.json(
                "POST",
                "POST /api/cadres",
                "/api/cadres",
                Bodies.cadre(
                    "Người mới " + u.number(),
                    "FEMALE",
                    "1985-05",
                    u.fixtures().newcomers(),
                    "Không"))
            .expecting(201));
  }

  /** The same create again under the user's Idempotency-Key: the first answer, replayed. */
  static void idempotentCadre(SoakUser u) {
    u.send(
        Call.json(
                "POST",
                "POST /api/cadres (Idempotency-Key)",
                "/api/cadres",
                Bodies.cadre(
                    "Người dùng " + u.number(),
                    "MALE",
                    "1984-04",
                    u.fixtures().newcomers(),
                    "Không"))
            .header("Idempotency-Key", u.fixtures().run() + "-user-" + u.number())
            .expecting(201));
  }

  /** A true create of a key that exists: a 409 naming it, never a second term. */
  static void existingTerm(SoakUser u) {
    u.send(
        Call.json(
                "POST",
                "POST /api/terms (existing)",
                "/api/terms",
                "{\"code\":\"" + Bodies.REVIEWED_TERM + "\"}")
            .expecting(409));
  }

  static void importCommit(SoakUser u) {
    u.send(
        Call.csv(
            "POST /api/observations/import?dryRun=false",
            "/api/observations/import?dryRun=false",
            Bodies.figuresCsv(u.fixtures().indicators(), u.fixtures().shared(), u.random())));
  }

  static void importDryRun(SoakUser u) {
    u.send(
        Call.csv(
            "POST /api/observations/import?dryRun=true",
            "/api/observations/import?dryRun=true",
            Bodies.figuresCsv(u.fixtures().indicators(), u.fixtures().shared(), u.random())));
  }

  private static List<Long> shuffled(SoakUser u, List<Long> items) {
    List<Long> copy = new ArrayList<>(items);
    Collections.shuffle(copy, u.random());
    return copy;
  }
}
