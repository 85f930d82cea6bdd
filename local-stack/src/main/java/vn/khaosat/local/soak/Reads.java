package vn.khaosat.local.soak;

/** The soak's reads: one of each service's lists and details, the minutes and the notice. */
final class Reads {

  private Reads() {}

  static void unit(SoakUser u) {
    u.send(Call.get("GET /api/units/{code}", "/api/units/" + u.any(u.fixtures().districts())));
  }

  static void scorecard(SoakUser u) {
    u.send(
        Call.get(
            "GET /api/scorecards",
            "/api/scorecards?unit=%s&term=%s&year=2019"
                .formatted(u.fixtures().shared(), Bodies.REVIEWED_TERM)));
  }

  static void figures(SoakUser u) {
    u.send(
        Call.get(
            "GET /api/observations",
            "/api/observations?unit=%s&indicator=%s&size=50"
                .formatted(u.fixtures().shared(), u.any(u.fixtures().indicators()))));
  }

  static void cadre(SoakUser u) {
    u.send(Call.get("GET /api/cadres/{id}", "/api/cadres/" + u.any(u.fixtures().readCadres())));
  }

  static void committee(SoakUser u) {
    u.send(
        Call.get("GET /api/committees/{id}", "/api/committees/" + u.fixtures().sharedCommittee()));
  }

  static void plan(SoakUser u) {
    u.send(
        Call.get(
            "GET /api/personnel-plans/{id}", "/api/personnel-plans/" + u.fixtures().sharedPlan()));
  }

  static void session(SoakUser u) {
    long session =
        u.random().nextBoolean() ? u.fixtures().sharedSession() : u.fixtures().signedSession();
    u.send(Call.get("GET /api/surveys/{id}", "/api/surveys/" + session));
  }

  static void directives(SoakUser u) {
    u.send(Call.get("GET /api/directives", "/api/directives?unit=" + u.fixtures().shared()));
  }

  static void minutesHtml(SoakUser u) {
    u.send(
        Call.get(
                "GET /api/surveys/{id}/minutes (HTML)",
                "/api/surveys/" + u.fixtures().signedSession() + "/minutes")
            .accepting("text/html"));
  }

  static void minutesPdf(SoakUser u) {
    u.send(
        Call.get(
                "GET /api/surveys/{id}/minutes (PDF)",
                "/api/surveys/" + u.fixtures().signedSession() + "/minutes")
            .accepting("application/pdf"));
  }

  static void noticePdf(SoakUser u) {
    u.send(
        Call.get(
                "GET /api/surveys/{id}/conclusion-notice (PDF)",
                "/api/surveys/" + u.fixtures().signedSession() + "/conclusion-notice")
            .accepting("application/pdf"));
  }
}
