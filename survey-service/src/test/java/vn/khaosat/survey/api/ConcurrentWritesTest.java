package vn.khaosat.survey.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.khaosat.testing.concurrency.SerialOrder;
import vn.khaosat.testing.concurrency.Together;

/**
 * Writers of one session at the same moment, on real threads against the real database. Replaces of
 * the conclusion or of a participant each get a 200 and the last one wins; concluding and signing,
 * run with edits of the same session, end in a state that one serial order of them explains: signed
 * minutes hold every edit that was accepted, and none that came after.
 */
@QuarkusTest
class ConcurrentWritesTest {

  private static final int WRITERS = 10;
  private static final int ROUNDS = 12;

  @RegisterExtension static final Together together = new Together(WRITERS);

  /** What the model of a session holds: enough to tell every operation's effect. */
  record Minutes(String status, boolean concluded, int statements, String secretaryTitle) {

    Minutes with(String newStatus) {
      return new Minutes(newStatus, concluded, statements, secretaryTitle);
    }

    boolean signed() {
      return status.equals("SIGNED");
    }

    SerialOrder.Step<Minutes, String> ok(String answer, Minutes next) {
      return new SerialOrder.Step<>(answer, next);
    }

    /** A refusal, named by what the session was: its status, "signed" or "no conclusion". */
    SerialOrder.Step<Minutes, String> no(String reason) {
      return new SerialOrder.Step<>("409 " + reason, this);
    }
  }

  private static final java.util.regex.Pattern STEP_REFUSED =
      java.util.regex.Pattern.compile("Session \\d+ is ([A-Z]+): it cannot move");

  /**
   * The status, and for a 409 what it names: the session's status for a step out of order, "signed"
   * or "no conclusion". A refusal for any other reason (a lost race) stays whole, and no serial
   * order gives it.
   */
  private static String answer(io.restassured.response.Response response) {
    if (response.statusCode() != 409) {
      return String.valueOf(response.statusCode());
    }
    String detail = String.valueOf(response.jsonPath().getString("detail"));
    var step = STEP_REFUSED.matcher(detail);
    if (step.find()) {
      return "409 " + step.group(1);
    }
    if (detail.contains("are signed")) {
      return "409 signed";
    }
    return detail.contains("has no conclusion") ? "409 no conclusion" : "409 " + detail;
  }

  private static io.restassured.specification.RequestSpecification english() {
    return Api.admin().header("Accept-Language", "en");
  }

  @Test
  void concludingAndSigningWithEditsEndAsOneSerialOrderOfThem() throws Exception {
    String unit = Api.unit();
    for (int round = 0; round < ROUNDS; round++) {
      long session = Api.createSession(unit);
      String base = "/api/surveys/" + session;
      long leader = Api.addGuest(session, "Hà Trung Ký", "DELEGATION_LEADER");
      long secretary = Api.addGuest(session, "Nguyễn Thị Thư", "SECRETARY");
      Api.admin().post(base + "/hold").then().statusCode(200);
      // every other round starts with a conclusion written, so that signing can win too
      boolean concluded = round % 2 == 1;
      if (concluded) {
        Api.admin()
            .body(Map.of("text", "Kết luận đầu", "concludedById", leader))
            .put(base + "/conclusion")
            .then()
            .statusCode(200);
      }
      String title = "Thư ký vòng " + round;
      List<Callable<String>> operations =
          List.of(
              () -> answer(english().post(base + "/conclude")),
              () ->
                  answer(
                      english()
                          .body(Map.of("secretaryId", secretary, "chairId", leader))
                          .post(base + "/sign")),
              () ->
                  answer(
                      english()
                          .body(Map.of("text", "Kết luận vòng", "concludedById", leader))
                          .put(base + "/conclusion")),
              () ->
                  answer(
                      english()
                          .body(Map.of("speakerId", leader, "kind", "OPINION", "text", "Ý kiến"))
                          .post(base + "/statements")),
              () ->
                  answer(
                      english()
                          .body(
                              Map.of(
                                  "fullName",
                                  "Nguyễn Thị Thư",
                                  "role",
                                  "SECRETARY",
                                  "title",
                                  title))
                          .put(base + "/participants/" + secretary)));
      List<String> answers = together.run(operations);
      JsonPath end = Api.viewer().get(base).then().statusCode(200).extract().jsonPath();
      Minutes found =
          new Minutes(
              end.getString("status"),
              end.get("conclusion") != null,
              end.getList("statements").size(),
              end.getString("participants.find { it.id == " + secretary + " }.title"));
      List<String> order =
          new SerialOrder<Minutes, String>()
              .operation(
                  "conclude",
                  m ->
                      !m.status().equals("HELD")
                          ? m.no(m.status())
                          : m.concluded()
                              ? m.ok("200", m.with("CONCLUDED"))
                              : m.no("no conclusion"))
              .operation(
                  "sign",
                  m ->
                      m.status().equals("CONCLUDED")
                          ? m.ok("200", m.with("SIGNED"))
                          : m.no(m.status()))
              .operation(
                  "write the conclusion",
                  m ->
                      m.signed()
                          ? m.no("signed")
                          : m.ok(
                              "200",
                              new Minutes(m.status(), true, m.statements(), m.secretaryTitle())))
              .operation(
                  "add a statement",
                  m ->
                      m.signed()
                          ? m.no("signed")
                          : m.ok(
                              "201",
                              new Minutes(
                                  m.status(),
                                  m.concluded(),
                                  m.statements() + 1,
                                  m.secretaryTitle())))
              .operation(
                  "replace the secretary",
                  m ->
                      m.signed()
                          ? m.no("signed")
                          : m.ok(
                              "200", new Minutes(m.status(), m.concluded(), m.statements(), title)))
              .explain(new Minutes("HELD", concluded, 0, null), answers, found);
      System.out.println("round " + round + ": " + answers + " as " + order);
    }
  }

  @Test
  void replacesOfTheConclusionAndOfAParticipantAllSucceedAndTheLastWins() throws Exception {
    String unit = Api.unit();
    long session = Api.createSession(unit);
    String base = "/api/surveys/" + session;
    long leader = Api.addGuest(session, "Hà Trung Ký", "DELEGATION_LEADER");
    long guest = Api.addGuest(session, "Khách mời", "GUEST");
    Api.admin().post(base + "/hold").then().statusCode(200);
    for (int round = 0; round < 3; round++) {
      long before = Api.viewer().get(base).jsonPath().getLong("version");
      List<Integer> conclusions =
          together.run(
              WRITERS,
              n ->
                  Api.admin()
                      .body(Map.of("text", "Kết luận số " + n, "concludedById", leader))
                      .put(base + "/conclusion")
                      .statusCode());
      List<Integer> participants =
          together.run(
              WRITERS,
              n ->
                  Api.admin()
                      .body(
                          Map.of(
                              "fullName", "Khách mời " + n, "role", "GUEST", "title", "Chức " + n))
                      .put(base + "/participants/" + guest)
                      .statusCode());
      assertTrue(conclusions.stream().allMatch(s -> s == 200), conclusions::toString);
      assertTrue(participants.stream().allMatch(s -> s == 200), participants::toString);
      JsonPath stored = Api.viewer().get(base).jsonPath();
      // every replace raised the session's version once: each was applied, one after the other
      assertEquals(before + 2 * WRITERS, stored.getLong("version"));
      String name = stored.getString("participants.find { it.id == " + guest + " }.fullName");
      String title = stored.getString("participants.find { it.id == " + guest + " }.title");
      assertEquals("Chức " + name.substring("Khách mời ".length()), title, "one write, whole");
      assertTrue(stored.getString("conclusion.text").startsWith("Kết luận số "));
    }
  }
}
