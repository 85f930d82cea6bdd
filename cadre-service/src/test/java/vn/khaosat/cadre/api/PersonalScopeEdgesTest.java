package vn.khaosat.cadre.api;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The cases around the personal-data scope: a move, the write scope, the cost of a list. */
@QuarkusTest
class PersonalScopeEdgesTest {

  @Test
  void aCadreMovedToAnotherUnitTakesItsWholeHistoryAlong() {
    String from = Api.unit();
    String to = Api.unit();
    var body = Api.cadre("Lý Văn Chuyển", "MALE", "1971-09", from);
    body.put("religion", "Tin Lành");
    long id = Api.createCadre(body);
    body.put("unitCode", to);
    Api.admin().body(body).put("/api/cadres/" + id).then().statusCode(200);
    // the newest revision holds today's values: the former unit would read them there
    Api.as("organizer", from)
        .get("/api/cadres/" + id + "/history")
        .then()
        .statusCode(200)
        .body(not(containsString("1971-09")))
        .body(not(containsString("Tin Lành")));
    Api.as("organizer", from).get("/api/cadres/" + id).then().body("personal", nullValue());
    Api.as("organizer", to)
        .get("/api/cadres/" + id + "/history")
        .then()
        .body("items[1].changes.find { it.field == 'religion' }.to", is("Tin Lành"));
  }

  @Test
  void aReaderSeesPersonalFieldsWhereItMayWriteAndNowhereElse() {
    String unit = Api.unit();
    var body = Api.cadre("Đàm Thị Ghi", "FEMALE", "1977-07", unit);
    long id = Api.createCadre(body);
    Api.as("organizer", "664")
        .body(body)
        .put("/api/cadres/" + id)
        .then()
        .statusCode(403)
        .body("detail", containsString(unit));
    Api.as("organizer", "67")
        .body(body)
        .put("/api/cadres/" + id)
        .then()
        .statusCode(200)
        .body("personal.dateOfBirth", is("1977-07"));
    Api.as("inspector", "664")
        .body(java.util.Map.of("form", "REPRIMAND", "decidedOn", "2019-01-02"))
        .post("/api/cadres/" + id + "/disciplines")
        .then()
        .statusCode(403);
  }

  @Test
  void aListFilteredByEthnicityLooksUpEachDistinctUnitOnce() {
    String first = Api.unit();
    String second = Api.unit();
    String ethnicity = "Chơ Ro " + Long.toString(System.nanoTime() % 1_000_000, 36);
    for (String unit : new String[] {first, first, first, second, second}) {
      var body = Api.cadre("Điểu Văn Đếm", "MALE", "1975", unit);
      body.put("ethnicity", ethnicity);
      Api.createCadre(body);
    }
    for (int i = 0; i < 2; i++) {
      Api.as("organizer", "67")
          .get("/api/cadres?size=2&ethnicity=" + ethnicity)
          .then()
          .statusCode(200)
          .body("totalItems", is(5))
          .body("items[0].personal", nullValue())
          .body("items[0].id", notNullValue());
    }
    // once per unit for the first list, none for the second: the tree is cached
    for (String unit : new String[] {first, second}) {
      Indicators.client()
          .verifyThat(1, getRequestedFor(urlPathEqualTo("/api/units/" + unit + "/ancestors")));
    }
  }
}
