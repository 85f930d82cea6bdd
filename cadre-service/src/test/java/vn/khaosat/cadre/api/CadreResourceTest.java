package vn.khaosat.cadre.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CadreResourceTest {

  @Test
  void organizerCreatesACadreOfTheirUnitAndSeesThePersonalFields() {
    String unit = Api.unit();
    var body = Api.cadre("Nguyễn Thị Hoa", "FEMALE", "1972-03", unit);
    body.put("ethnicity", "M'Nông");
    body.put("posts", List.of(Map.of("title", "Phó Bí thư Huyện ủy", "startDate", "2015-10-20")));
    Api.as("organizer", unit)
        .body(body)
        .post("/api/cadres")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/cadres/"))
        .header("ETag", notNullValue())
        .body("fullName", is("Nguyễn Thị Hoa"))
        .body("posts[0].title", is("Phó Bí thư Huyện ủy"))
        .body("personal.dateOfBirth", is("1972-03"))
        .body("personal.ethnicity", is("M'Nông"))
        .body("personal.assetDeclarationYears", contains(2018, 2019));
  }

  @Test
  void personalFieldsAreShownOnlyToOrganizersInspectorsOfTheUnitAndAdmins() {
    String unit = Api.unit();
    long id = Api.createCadre("Trần Văn Bình", "MALE", "1966", unit);
    for (var role : List.of("viewer", "statistician", "secretary")) {
      Api.as(role, unit)
          .get("/api/cadres/" + id)
          .then()
          .statusCode(200)
          .body("fullName", is("Trần Văn Bình"))
          .body("theoryLevel", is("ADVANCED"))
          .body("personal", nullValue())
          .body(not(containsString("1966")))
          .body(not(containsString("Kinh")));
    }
    for (var role : List.of("organizer", "inspector", "admin")) {
      Api.as(role, unit)
          .get("/api/cadres/" + id)
          .then()
          .statusCode(200)
          .body("personal.dateOfBirth", is("1966"))
          .body("personal.ethnicity", is("Kinh"))
          .body("personal.religion", is("Không"))
          .body("personal.disciplines", is(List.of()));
    }
  }

  @Test
  void theListIsASummaryWithoutPersonalFieldsEvenForAdmins() {
    String unit = Api.unit();
    Api.createCadre("Lê Văn Cường", "MALE", "1970-01-01", unit);
    Api.admin()
        .get("/api/cadres?unit=" + unit)
        .then()
        .statusCode(200)
        .body("totalItems", is(1))
        .body("items[0].fullName", is("Lê Văn Cường"))
        .body("items[0].personal", nullValue())
        .body(not(containsString("1970-01-01")));
  }

  @Test
  void searchIgnoresDiacriticsAndFiltersCombine() {
    String unit = Api.unit();
    Api.createCadre("Đặng Thị Ngọc Ánh", "FEMALE", "1980-05-05", unit);
    var man = Api.cadre("Đặng Văn Long", "MALE", "1975-05-05", unit);
    man.put("theoryLevel", "INTERMEDIATE");
    man.put("inSuccessionPlan", false);
    Api.createCadre(man);
    Api.viewer()
        .get("/api/cadres?q=dang thi ngoc&unit=" + unit)
        .then()
        .body("items.fullName", contains("Đặng Thị Ngọc Ánh"));
    Api.viewer()
        .get("/api/cadres?q=ĐẶNG&unit=" + unit)
        .then()
        .body("items.fullName", contains("Đặng Thị Ngọc Ánh", "Đặng Văn Long"));
    Api.viewer()
        .get("/api/cadres?unit=" + unit + "&gender=MALE")
        .then()
        .body("items.fullName", contains("Đặng Văn Long"));
    Api.viewer()
        .get("/api/cadres?unit=" + unit + "&theoryLevel=ADVANCED")
        .then()
        .body("items.fullName", contains("Đặng Thị Ngọc Ánh"));
    Api.viewer()
        .get("/api/cadres?unit=" + unit + "&inSuccessionPlan=false")
        .then()
        .body("items.fullName", contains("Đặng Văn Long"));
  }

  @Test
  void filteringByEthnicityNeedsTheRightToSeeIt() {
    String unit = Api.unit();
    var body = Api.cadre("Y Bhin Niê", "MALE", "1978", unit);
    body.put("ethnicity", "Ê Đê");
    Api.createCadre(body);
    Api.viewer()
        .get("/api/cadres?unit=" + unit + "&ethnicity=e de")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString("ethnicity"));
    Api.as("organizer", unit)
        .get("/api/cadres?unit=" + unit + "&ethnicity=e de")
        .then()
        .statusCode(200)
        .body("items.fullName", contains("Y Bhin Niê"));
  }

  @Test
  void updateHonoursIfMatchAndRefusesAStaleVersion() {
    String unit = Api.unit();
    var body = Api.cadre("Phạm Văn Dũng", "MALE", "1968-08-08", unit);
    long id = Api.createCadre(body);
    body.put("theoryLevel", "BACHELOR");
    Api.admin()
        .header("If-Match", "\"0\"")
        .body(body)
        .put("/api/cadres/" + id)
        .then()
        .statusCode(200)
        .header("ETag", is("\"1\""))
        .body("theoryLevel", is("BACHELOR"));
    Api.admin()
        .header("If-Match", "\"0\"")
        .body(body)
        .put("/api/cadres/" + id)
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
  }

  @Test
  void writesNeedOrganizerOrAdminWithinTheTokensUnits() {
    String unit = Api.unit();
    var body = Api.cadre("Võ Văn Em", "MALE", "1969", unit);
    Api.viewer().body(body).post("/api/cadres").then().statusCode(403);
    Api.as("inspector", unit).body(body).post("/api/cadres").then().statusCode(403);
    Api.as("organizer", "999").body(body).post("/api/cadres").then().statusCode(403);
    // the province covers its districts: indicators-service tells the ancestors
    Api.as("organizer", "67").body(body).post("/api/cadres").then().statusCode(201);
    Api.anonymous().body(body).post("/api/cadres").then().statusCode(401);
  }

  @Test
  void badInputsGetAProblemAndSaveNothing() {
    String unit = Api.unit();
    var body = Api.cadre("Hồ Văn Phúc", "MALE", "1965-13", unit);
    Api.admin()
        .body(body)
        .post("/api/cadres")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("dateOfBirth"));
    body.put("dateOfBirth", "2999-01-01");
    Api.admin().body(body).post("/api/cadres").then().statusCode(400);
    body.put("dateOfBirth", "1965");
    body.put("partyAdmissionDate", "1960-01-01");
    Api.admin()
        .body(body)
        .post("/api/cadres")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("partyAdmissionDate"));
    body.remove("partyAdmissionDate");
    body.put("gender", "OTHER");
    Api.admin().body(body).post("/api/cadres").then().statusCode(400);
    body.put("gender", "MALE");
    body.put("nickname", "Phúc");
    Api.admin()
        .body(body)
        .post("/api/cadres")
        .then()
        .statusCode(400)
        .body("detail", containsString("nickname"));
    Api.admin().get("/api/cadres?unit=" + unit).then().body("totalItems", is(0));
    Api.admin().get("/api/cadres/987654321").then().statusCode(404);
  }

  @Test
  void aUnitIndicatorsServiceDoesNotKnowIsRefused() {
    var body = Api.cadre("Mai Văn Giang", "MALE", "1970", "MISSING1");
    Api.admin()
        .body(body)
        .post("/api/cadres")
        .then()
        .statusCode(400)
        .body("violations[0].field", is("unitCode"))
        .body("violations[0].message", containsString("MISSING1"));
  }
}
