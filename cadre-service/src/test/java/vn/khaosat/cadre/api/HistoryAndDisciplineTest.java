package vn.khaosat.cadre.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HistoryAndDisciplineTest {

  private static final Map<String, Object> WARNING =
      Map.of(
          "form", "WARNING",
          "decidedOn", "2019-03-12",
          "restrictedUntil", "2021-03-12",
          "decidedBy", "Ủy ban Kiểm tra Tỉnh ủy",
          "reason", "Vi phạm quy định về quản lý đất đai");

  @Test
  void everyChangeIsARevisionWithWhoWhenAndWhat() {
    String unit = Api.unit();
    var body = Api.cadre("Nguyễn Văn Sử", "MALE", "1966-02", unit);
    long id =
        Api.as("organizer", unit)
            .body(body)
            .post("/api/cadres")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    body.put("theoryLevel", "BACHELOR");
    body.put("religion", "Phật giáo");
    Api.as("organizer", unit)
        .header("X-Request-Id", "sua-ho-so-" + id)
        .body(body)
        .put("/api/cadres/" + id)
        .then()
        .statusCode(200);
    Api.as("inspector", unit)
        .header("X-Request-Id", "ky-luat-" + id)
        .body(WARNING)
        .post("/api/cadres/" + id + "/disciplines")
        .then()
        .statusCode(201);

    Api.as("organizer", unit)
        .get("/api/cadres/" + id + "/history")
        .then()
        .statusCode(200)
        .body("totalItems", is(3))
        .body("items.type", contains("UPDATED", "UPDATED", "CREATED"))
        .body("items.by", contains("inspector-user", "organizer-user", "organizer-user"))
        .body("items[0].at", notNullValue())
        .body("items[0].requestId", is("ky-luat-" + id))
        .body("items[1].requestId", is("sua-ho-so-" + id))
        .body("items[2].requestId", notNullValue())
        .body("items[0].changes.field", contains("disciplines"))
        .body("items[0].changes[0].to[0]", containsString("WARNING 2019-03-12"))
        .body("items[1].changes.field", contains("religion", "theoryLevel"))
        .body("items[1].changes[1].from", is("ADVANCED"))
        .body("items[1].changes[1].to", is("BACHELOR"))
        .body("items[2].changes.field", hasItem("fullName"));
  }

  @Test
  void personalValuesInTheHistoryAreWithheldFromOthers() {
    String unit = Api.unit();
    var body = Api.cadre("Trần Văn Kín", "MALE", "1966", unit);
    long id = Api.createCadre(body);
    body.put("religion", "Công giáo");
    Api.admin().body(body).put("/api/cadres/" + id).then().statusCode(200);
    Api.viewer()
        .get("/api/cadres/" + id + "/history")
        .then()
        .statusCode(200)
        .body("items[0].changes[0].field", is("religion"))
        .body("items[0].changes[0].withheld", is(true))
        .body("items[0].changes[0].to", nullValue())
        .body(org.hamcrest.Matchers.not(containsString("Công giáo")));
    Api.viewer()
        .get("/api/cadres/" + id + "/history?size=1&page=1")
        .then()
        .body("items.type", contains("CREATED"))
        .body("totalPages", is(2));
    Api.viewer().get("/api/cadres/987654321/history").then().statusCode(404);
  }

  @Test
  void disciplineIsWrittenByInspectorsAndAdminsOnly() {
    String unit = Api.unit();
    long id = Api.createCadre("Lê Văn Kỷ", "MALE", "1970", unit);
    Api.as("organizer", unit)
        .body(WARNING)
        .post("/api/cadres/" + id + "/disciplines")
        .then()
        .statusCode(403);
    Api.as("inspector", "999")
        .body(WARNING)
        .post("/api/cadres/" + id + "/disciplines")
        .then()
        .statusCode(403);
    String location =
        Api.as("inspector", unit)
            .body(WARNING)
            .post("/api/cadres/" + id + "/disciplines")
            .then()
            .statusCode(201)
            .body("form", is("WARNING"))
            .extract()
            .header("Location");
    Api.as("organizer", unit)
        .get(location)
        .then()
        .statusCode(200)
        .body("restrictedUntil", is("2021-03-12"));
    Api.viewer().get(location).then().statusCode(403);
    Api.viewer().get("/api/cadres/" + id + "/disciplines").then().statusCode(403);
    Api.as("inspector", unit)
        .get("/api/cadres/" + id)
        .then()
        .body("personal.disciplines.form", contains("WARNING"))
        .body("version", is(1));
    Api.as("organizer", unit).delete(location).then().statusCode(403);
    Api.admin().delete(location).then().statusCode(204);
    Api.admin().get("/api/cadres/" + id + "/disciplines").then().body("size()", is(0));
  }

  @Test
  void badDisciplineRecordsAreRefused() {
    long id = Api.createCadre("Lê Thị Sai", "FEMALE", "1970", Api.unit());
    Api.admin()
        .body(Map.of("form", "WARNING", "decidedOn", "2019-03-12", "restrictedUntil", "2018-01-01"))
        .post("/api/cadres/" + id + "/disciplines")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("restrictedUntil"));
    Api.admin()
        .body(Map.of("form", "SCOLDING", "decidedOn", "2019-03-12"))
        .post("/api/cadres/" + id + "/disciplines")
        .then()
        .statusCode(400);
    Api.admin()
        .body(Map.of("form", "WARNING"))
        .post("/api/cadres/" + id + "/disciplines")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem(containsString("decidedOn")));
    Api.admin().body(WARNING).post("/api/cadres/987654321/disciplines").then().statusCode(404);
    Api.admin().get("/api/cadres/" + id + "/disciplines").then().body("size()", is(0));
  }
}
