package vn.khaosat.survey.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The status steps, the signing lock and amendments. */
@QuarkusTest
class SigningTest {

  @Test
  void stepsGoOneAtATimeInOrder() {
    long session = Api.createSession(Api.unit());
    String base = "/api/surveys/" + session;
    long leader = Api.addGuest(session, "Hà Trung Ký", "DELEGATION_LEADER");
    long secretary = Api.addGuest(session, "Thư ký", "SECRETARY");
    Map<String, Object> signers = Map.of("secretaryId", secretary, "chairId", leader);
    Api.admin()
        .post(base + "/conclude")
        .then()
        .statusCode(409)
        .body("detail", containsString("PLANNED"));
    Api.admin().body(signers).post(base + "/sign").then().statusCode(409);
    Api.admin()
        .body(Map.of("text", "Kết luận", "concludedById", leader))
        .put(base + "/conclusion")
        .then()
        .statusCode(409);
    Api.admin().post(base + "/hold").then().statusCode(200).body("status", is("HELD"));
    Api.admin().post(base + "/hold").then().statusCode(409);
    // concluding needs a conclusion, given by one who may chair
    Api.admin().post(base + "/conclude").then().statusCode(409);
    Api.admin()
        .body(Map.of("text", "Kết luận", "concludedById", secretary))
        .put(base + "/conclusion")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("concludedById"));
    Api.admin()
        .body(Map.of("text", "Kết luận", "concludedById", leader))
        .put(base + "/conclusion")
        .then()
        .statusCode(200)
        .body("conclusion.concludedBy.fullName", is("Hà Trung Ký"));
    Api.admin().body(signers).post(base + "/sign").then().statusCode(409);
    Api.admin().post(base + "/conclude").then().statusCode(200).body("status", is("CONCLUDED"));
    // signers must be the secretary and one who may chair
    Api.admin()
        .body(Map.of("secretaryId", leader, "chairId", leader))
        .post(base + "/sign")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("secretaryId"));
    Api.admin()
        .body(Map.of("secretaryId", secretary, "chairId", secretary))
        .post(base + "/sign")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("chairId"));
    Api.viewer().body(signers).post(base + "/sign").then().statusCode(403);
    Api.as("secretary", "67")
        .body(signers)
        .post(base + "/sign")
        .then()
        .statusCode(200)
        .body("status", is("SIGNED"))
        .body("signature.secretary.fullName", is("Thư ký"))
        .body("signature.chair.fullName", is("Hà Trung Ký"))
        .body("signature.recordedBy", is("secretary-user"))
        .body("signature.signedAt", notNullValue());
    Api.admin().body(signers).post(base + "/sign").then().statusCode(409);
  }

  @Test
  void signedMinutesNeverChange() {
    String unit = Api.unit();
    long[] s = Api.concludedSession(unit);
    long session = s[0];
    String base = "/api/surveys/" + session;
    long directive = Api.addDirective(session, unit, "2020-03-31");
    long statement = Api.addStatement(session, s[1], "CONCLUSION", "Kết luận buổi làm việc");
    Api.sign(s);
    String etag = Api.viewer().get(base).then().extract().header("ETag");

    Api.admin()
        .body(Api.session(unit))
        .put(base)
        .then()
        .statusCode(409)
        .body("detail", containsString("đã ký"));
    Api.admin()
        .body(Map.of("fullName", "Muộn", "role", "GUEST"))
        .post(base + "/participants")
        .then()
        .statusCode(409);
    Api.admin().delete(base + "/participants/" + s[2]).then().statusCode(409);
    // refused before cadre-service or indicators-service is asked
    Api.admin()
        .body(Map.of("cadreId", 9001, "role", "GUEST"))
        .post(base + "/participants")
        .then()
        .statusCode(409);
    Api.admin()
        .body(Api.directive("MISSING1", "2020-04-30"))
        .post(base + "/directives")
        .then()
        .statusCode(409);
    Api.admin()
        .body(Map.of("speakerId", s[1], "kind", "OPINION", "text", "x"))
        .post(base + "/statements")
        .then()
        .statusCode(409);
    Api.admin()
        .body(Map.of("speakerId", s[1], "kind", "OPINION", "text", "x"))
        .put(base + "/statements/" + statement)
        .then()
        .statusCode(409);
    Api.admin().delete(base + "/statements/" + statement).then().statusCode(409);
    Api.admin().body(Map.of("title", "x")).post(base + "/agenda").then().statusCode(409);
    Api.admin()
        .body(Map.of("kind", "CAUSE", "text", "x"))
        .post(base + "/findings")
        .then()
        .statusCode(409);
    Api.admin()
        .body(Map.of("text", "x", "concludedById", s[1]))
        .put(base + "/conclusion")
        .then()
        .statusCode(409);
    Api.admin()
        .body(Api.directive(unit, "2020-04-30"))
        .post(base + "/directives")
        .then()
        .statusCode(409);
    Api.admin()
        .body(Api.directive(unit, "2020-04-30"))
        .put(base + "/directives/" + directive)
        .then()
        .statusCode(409);
    Api.admin().delete(base + "/directives/" + directive).then().statusCode(409);
    Api.admin().post(base + "/dossier").then().statusCode(409);

    Api.viewer()
        .get(base)
        .then()
        .header("ETag", is(etag))
        .body("statements.text", contains("Kết luận buổi làm việc"))
        .body("directives[0].deadline", is("2020-03-31"));
  }

  @Test
  void correctionsToSignedMinutesAreAmendments() {
    String unit = Api.unit();
    long[] s = Api.concludedSession(unit);
    String base = "/api/surveys/" + s[0];
    Map<String, Object> amendment =
        Map.of(
            "section", "STATEMENTS",
            "text", "Tốc độ tăng trưởng bình quân là 11,4%, không phải 11,2%.",
            "reason", "Ghi nhầm số liệu");
    Api.admin().body(amendment).post(base + "/amendments").then().statusCode(409);
    Api.sign(s);
    Api.admin()
        .body(Map.of("section", "STATEMENTS", "text", "x"))
        .post(base + "/amendments")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("reason"));
    Api.as("secretary", unit)
        .body(amendment)
        .post(base + "/amendments")
        .then()
        .statusCode(201)
        .body("author", is("secretary-user"))
        .body("createdAt", notNullValue());
    Api.admin()
        .body(Map.of("section", "DIRECTIVES", "text", "Bổ sung thời hạn", "reason", "Thiếu"))
        .post(base + "/amendments")
        .then()
        .statusCode(201);
    Api.as("secretary", "999").body(amendment).post(base + "/amendments").then().statusCode(403);
    Api.viewer()
        .get(base)
        .then()
        .body("status", is("SIGNED"))
        .body("amendments.section", contains("STATEMENTS", "DIRECTIVES"))
        .body("amendments[0].reason", is("Ghi nhầm số liệu"))
        .body("amendments.position", contains(1, 2));
  }

  @Test
  void aStaleIfMatchOnAnyWriteIs412() {
    long session = Api.createSession(Api.unit());
    String base = "/api/surveys/" + session;
    Api.admin()
        .header("If-Match", "\"0\"")
        .body(Map.of("fullName", "Khách", "role", "GUEST"))
        .post(base + "/participants")
        .then()
        .statusCode(201);
    // the participant raised the session's version
    Api.viewer().get(base).then().header("ETag", Api.datedTag(1));
    Api.admin()
        .header("If-Match", "\"0\"")
        .body(Map.of("fullName", "Khách khác", "role", "GUEST"))
        .post(base + "/participants")
        .then()
        .statusCode(412);
    Api.admin().header("If-Match", "\"0\"").post(base + "/hold").then().statusCode(412);
  }
}
